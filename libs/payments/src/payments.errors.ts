import { AppError, FieldIssue } from '@hoicho/platform';

/*
 * The payments area's error codes (texts in platform's error-texts.ts):
 * - bank_account_missing (409): the organising body has no bank account yet; VietQR codes,
 *   letters asking for money and receipts need one.
 * - statement_unreadable (400): the file is not a CSV or XLSX this import can read, or the
 *   mapped columns are not in it (fields name each mapping key not found).
 * - line_settled (409): the statement line was settled (or recorded) already.
 * - not_overdue (409): releasing an unpaid booth needs its deposit (or balance) overdue.
 * Applications' not_payable (409) and overpayment (422) come through its ledger.
 */

export const bankAccountMissing = () =>
  new AppError(
    'conflict',
    'bank_account_missing',
    'The organising body has not set its bank account',
    [{ field: 'bankAccount', message: 'is not set' }],
  );

export const statementUnreadable = (message: string, fields: FieldIssue[]) =>
  new AppError('validation', 'statement_unreadable', message, fields);

export const lineSettled = (state: string) =>
  new AppError('conflict', 'line_settled', `The statement line is ${state} already`, [
    { field: 'line', message: `is ${state}` },
  ]);

export const notOverdue = (dueOn: string) =>
  new AppError(
    'conflict',
    'not_overdue',
    `Nothing is overdue: the next payment is due on ${dueOn}`,
    [{ field: 'applicationId', message: `pays by ${dueOn}` }],
    { dueOn },
  );
