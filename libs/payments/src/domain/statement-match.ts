import { findReferences } from './payment-reference';

/**
 * What became of one credit of a bank statement. `exact`: it pays exactly the deposit still
 * owed or everything still owed; `partial`: less than still owed (and not the deposit);
 * `over_paid`: more than still owed; `unmatched`: no known reference in its text (or several
 * different ones); `duplicate`: this bank transaction was imported before (or twice in the file).
 * Exact and partial lines are recorded as payments at once; the others wait for a person.
 */
export type LineOutcome = 'exact' | 'partial' | 'over_paid' | 'unmatched' | 'duplicate';

export interface Payable {
  applicationId: string;
  reference: string;
  deposit: bigint;
  amountDue: bigint;
  /** Paid so far; the matcher raises it as it records lines of the same statement. */
  amountPaid: bigint;
}

export interface MatchResult {
  outcome: Exclude<LineOutcome, 'duplicate'>;
  applicationId: string | null;
  /** Found in the text (even when unmatched because the application owes nothing). */
  references: string[];
}

/** Classifies the amount a known application receives, given what it still owes. */
export function classifyAmount(
  payable: Payable,
  amount: bigint,
): 'exact' | 'partial' | 'over_paid' {
  const outstanding = payable.amountDue - payable.amountPaid;
  const depositLeft = payable.deposit - payable.amountPaid;
  if (amount > outstanding) return 'over_paid';
  if (amount === outstanding || amount === depositLeft) return 'exact';
  return 'partial';
}

/**
 * Matches one credit against the payables by reference (`byReference`: reference → payable).
 * Recording is the caller's job: it adds the amount to `amountPaid` for exact/partial lines.
 */
export function matchCredit(
  text: string,
  amount: bigint,
  byReference: ReadonlyMap<string, Payable>,
): MatchResult {
  const known = findReferences(text).filter((r) => byReference.has(r));
  if (known.length !== 1) return { outcome: 'unmatched', applicationId: null, references: known };
  const payable = byReference.get(known[0])!;
  return {
    outcome: classifyAmount(payable, amount),
    applicationId: payable.applicationId,
    references: known,
  };
}
