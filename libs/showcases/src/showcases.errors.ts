import { AppError } from '@hoicho/platform';
import { CustodyStepError, InquiryRejection } from './domain';

/** A 400 naming one field. */
export const fieldError = (field: string, message: string): AppError =>
  AppError.validation([{ field, message }]);

/** An illegal custody step: 409, with where the sample stands and what was asked. */
export const custodyRefused = (error: CustodyStepError): AppError =>
  new AppError(
    'conflict',
    'custody_step_refused',
    error.message,
    [{ field: 'step', message: error.message }],
    { from: error.from, step: error.step },
  );

export const entryNotPending = (status: string): AppError =>
  new AppError(
    'conflict',
    'entry_not_pending',
    `This entry is ${status}: only an invited or proposed entry can be accepted or declined`,
    [],
    { status },
  );

export const notYours = (what: string): AppError =>
  new AppError('forbidden', 'not_your_decision', what);

export const fairFinished = (status: string): AppError =>
  new AppError(
    'conflict',
    'fair_finished',
    `The fair is ${status}: showcases and their entries no longer change`,
    [],
    { status },
  );

/**
 * A showcase whose samples have a custody trail stays: the trail is kept for good. The answer
 * says how many samples block it and where they stand.
 */
export const showcaseHasCustody = (byStatus: Record<string, number>): AppError => {
  const total = Object.values(byStatus).reduce((sum, n) => sum + n, 0);
  const where = Object.entries(byStatus)
    .map(([status, n]) => `${n} ${status.replace('_', ' ')}`)
    .join(', ');
  return new AppError(
    'conflict',
    'showcase_has_custody',
    `This showcase cannot be deleted: ${total} of its samples ${total === 1 ? 'has' : 'have'} a custody trail (${where}), which is kept for good. Only a showcase whose entries are all open, declined or withdrawn can be deleted.`,
    [],
    { samplesInCustody: total, byStatus },
  );
};

/** One live entry per product and showcase; a settled sample (returned, sold, cancelled…) is not live. */
export const alreadyInShowcase = (): AppError =>
  new AppError(
    'conflict',
    'already_in_showcase',
    'This product already has a live entry in this showcase: an open invitation or proposal, or a sample not yet returned, sold, damaged, lost or cancelled',
    [{ field: 'productId', message: 'is already in this showcase' }],
  );

export const sampleUnavailable = (): AppError =>
  new AppError(
    'unprocessable',
    'sample_not_available',
    'The producer has not marked this product as available for samples',
    [{ field: 'productId', message: 'is not available as a sample' }],
  );

export const labelCodeTaken = (code: string): AppError =>
  new AppError('conflict', 'label_code_taken', `Label code ${code} is already used in this fair`, [
    { field: 'labelCode', message: 'is already used in this fair' },
  ]);

const TOKEN_MESSAGES: Record<Exclude<InquiryRejection, 'honeypot'>, string> = {
  malformed: 'is missing or malformed: load the form again',
  bad_signature: 'is not one this site issued: load the form again',
  too_fast: 'was used too quickly: take a moment to read the form, then send it again',
  expired: 'has expired: load the form again',
};

export const formTokenRefused = (reason: Exclude<InquiryRejection, 'honeypot'>): AppError =>
  new AppError(
    'validation',
    'form_token_refused',
    'The inquiry form token was refused',
    [{ field: 'token', message: TOKEN_MESSAGES[reason] }],
    { reason },
  );

export const formTokenUsed = (): AppError =>
  new AppError('conflict', 'form_token_used', 'This form was already sent', [
    { field: 'token', message: 'was already used: load the form again to send another inquiry' },
  ]);
