/**
 * A fair's payment terms and what they make each application owe, when. Pure; money in whole
 * đồng (bigint), dates as Hà Nội calendar days (`YYYY-MM-DD`, UTC+7, no DST).
 *
 * Defaults from DOMAIN.md ("50% deposit with the application, the balance 20 days before
 * opening"): the deposit is due 7 days after the decision is released (unverified: the
 * organiser changes it), the balance 20 days before the fair's first day.
 *
 * Rounding: the deposit is the deposit percent of the amount due rounded DOWN to the whole
 * đồng (the rule of applications' fee calculator, which stores it); the balance is the amount
 * due minus that deposit, so deposit + balance is always exactly the amount due.
 */
export interface PaymentTerms {
  /** Days after the decision is released (0 = the same day). */
  depositDueDays: number;
  /** Days before the fair's first day the whole amount is due. */
  balanceDaysBeforeOpening: number;
}

export const DEFAULT_PAYMENT_TERMS: PaymentTerms = {
  depositDueDays: 7,
  balanceDaysBeforeOpening: 20,
};

export const TERM_LIMITS = { depositDueDays: [0, 90], balanceDaysBeforeOpening: [0, 180] } as const;

/** What an approval owes; `deposit` is the stored share (applications computes it). */
export interface Owed {
  amountDue: bigint;
  deposit: bigint;
  amountPaid: bigint;
}

export interface Schedule {
  deposit: bigint;
  balance: bigint;
  depositDueOn: string;
  balanceDueOn: string;
  /** Still to pay of the deposit (0 once paid). */
  depositOutstanding: bigint;
  /** Still to pay of the whole amount. */
  outstanding: bigint;
  status: 'unpaid' | 'deposit_paid' | 'paid';
}

const DAY_MS = 86_400_000;
const HANOI_OFFSET_MS = 7 * 3_600_000;

/** The Hà Nội calendar day of an instant. */
export function hanoiDay(at: Date): string {
  return new Date(at.getTime() + HANOI_OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole percent of an amount, rounded down to the đồng. */
export function depositOf(amountDue: bigint, percent: number): bigint {
  return (amountDue * BigInt(percent)) / 100n;
}

/**
 * Amounts and due dates of one approval. A deposit due after the balance (a late decision)
 * falls on the balance date; a decision after the balance date makes both due on its day.
 */
export function paymentSchedule(
  owed: Owed,
  terms: PaymentTerms,
  releasedAt: Date,
  firstDay: string,
): Schedule {
  const decided = hanoiDay(releasedAt);
  let balanceDueOn = addDays(firstDay, -terms.balanceDaysBeforeOpening);
  if (balanceDueOn < decided) balanceDueOn = decided;
  let depositDueOn = addDays(decided, terms.depositDueDays);
  if (depositDueOn > balanceDueOn) depositDueOn = balanceDueOn;
  const outstanding = max0(owed.amountDue - owed.amountPaid);
  const depositOutstanding = max0(owed.deposit - owed.amountPaid);
  const status =
    outstanding === 0n ? 'paid' : owed.amountPaid >= owed.deposit ? 'deposit_paid' : 'unpaid';
  return {
    deposit: owed.deposit,
    balance: owed.amountDue - owed.deposit,
    depositDueOn,
    balanceDueOn,
    depositOutstanding,
    outstanding,
    status,
  };
}

/** What the next letter asks for: the deposit while it is owed, then the rest. */
export function amountAsked(
  schedule: Schedule,
): { kind: 'deposit' | 'balance'; amount: bigint; dueOn: string } | null {
  if (schedule.outstanding === 0n) return null;
  if (schedule.depositOutstanding > 0n) {
    return { kind: 'deposit', amount: schedule.depositOutstanding, dueOn: schedule.depositDueOn };
  }
  return { kind: 'balance', amount: schedule.outstanding, dueOn: schedule.balanceDueOn };
}

/** Reminder kinds due: a deposit or balance whose due day is within `days` of `today`. */
export function remindersDue(
  schedule: Schedule,
  today: string,
  days: number,
): ('deposit' | 'balance')[] {
  const horizon = addDays(today, days);
  const due: ('deposit' | 'balance')[] = [];
  if (schedule.depositOutstanding > 0n && schedule.depositDueOn <= horizon) due.push('deposit');
  else if (schedule.outstanding > 0n && schedule.balanceDueOn <= horizon) due.push('balance');
  return due;
}

function max0(n: bigint): bigint {
  return n > 0n ? n : 0n;
}
