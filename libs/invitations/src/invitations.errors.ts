import { AppError } from '@hoicho/platform';

/** Stable codes of this area's failures. */
export const visitorExists = (email: string) =>
  new AppError('conflict', 'visitor_exists', `A visitor with the email ${email} exists`, [
    { field: 'email', message: 'is already on the list' },
  ]);

export const campaignNotEditable = (status: string) =>
  new AppError(
    'conflict',
    'campaign_not_editable',
    `The campaign is ${status}; only a draft or scheduled campaign can be changed`,
    [],
    { status },
  );

export const campaignNotSendable = (status: string) =>
  new AppError('conflict', 'campaign_not_sendable', `A ${status} campaign cannot be sent`, [], {
    status,
  });

export const campaignNotSent = () =>
  new AppError(
    'conflict',
    'campaign_not_sent',
    'Reminders follow a campaign that has been sent; send the campaign first',
  );

export const importNotStartable = (status: string) =>
  new AppError('conflict', 'import_not_startable', `The import is already ${status}`, [], {
    status,
  });

export const fairOver = () =>
  new AppError('unprocessable', 'fair_over', 'The fair is over: it takes no more answers');

export const fairHasNoDays = () =>
  new AppError('unprocessable', 'fair_has_no_days', 'The fair has no opening days yet');

export const invitationNotFound = () =>
  new AppError('not_found', 'invitation_not_found', 'This invitation link is not valid');
