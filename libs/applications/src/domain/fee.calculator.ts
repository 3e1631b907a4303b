/*
 * Booth fees, support-programme subsidies and the deposit, in integer đồng (bigint); no float
 * ever touches money. Rounding rule: every percentage is taken with integer division, which
 * floors to the whole đồng (a subsidy never exceeds its rate, a deposit never exceeds its
 * share), and the balance is what is left, so the parts always add up exactly.
 */

export interface FeeLine {
  boothType: string;
  /** Price of one booth of this type, in đồng. */
  unitPrice: bigint;
  count: number;
}

/** A support programme's terms for one producer. */
export interface SupportTerms {
  /** Whole percent of the booth fee, 0–100. */
  ratePercent: number;
  /** Only this many booths are subsidised, the most expensive first. */
  maxBooths?: number;
  capPerBooth?: bigint;
  capPerProducer?: bigint;
}

export interface FeeInput {
  lines: readonly FeeLine[];
  /** Present only when the producer is eligible; `remainingBudget` is the programme's rest. */
  support?: { terms: SupportTerms; remainingBudget: bigint };
  /** Whole percent of the amount due paid as a deposit, e.g. 50. */
  depositPercent: number;
}

export interface FeeBreakdown {
  fee: bigint;
  subsidisedBooths: number;
  /** What the terms give before looking at the budget. */
  subsidyByTerms: bigint;
  /** What is granted: never more than the remaining budget. */
  subsidy: bigint;
  amountDue: bigint;
  deposit: bigint;
  balance: bigint;
}

const min = (...values: bigint[]) => values.reduce((a, b) => (b < a ? b : a));

function percentOf(amount: bigint, percent: number): bigint {
  return (amount * BigInt(percent)) / 100n;
}

function requirePercent(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 100) {
    throw new RangeError(`${name} must be a whole percent from 0 to 100, got ${value}`);
  }
}

function requireCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
  }
}

function requireAmount(name: string, value: bigint): void {
  if (value < 0n) throw new RangeError(`${name} must not be negative, got ${value}`);
}

function subsidyByTerms(prices: bigint[], terms: SupportTerms): [bigint, number] {
  requirePercent('ratePercent', terms.ratePercent);
  if (terms.maxBooths !== undefined) requireCount('maxBooths', terms.maxBooths);
  if (terms.capPerBooth !== undefined) requireAmount('capPerBooth', terms.capPerBooth);
  if (terms.capPerProducer !== undefined) requireAmount('capPerProducer', terms.capPerProducer);

  const subsidised = [...prices]
    .sort((a, b) => (a > b ? -1 : a < b ? 1 : 0))
    .slice(0, terms.maxBooths ?? prices.length);
  const total = subsidised
    .map((price) => {
      const share = percentOf(price, terms.ratePercent);
      return terms.capPerBooth === undefined ? share : min(share, terms.capPerBooth);
    })
    .reduce((sum, share) => sum + share, 0n);
  const capped = terms.capPerProducer === undefined ? total : min(total, terms.capPerProducer);
  return [capped, subsidised.length];
}

/** Computes what a producer owes for its booths, after any support it is granted. */
export function calculateFee(input: FeeInput): FeeBreakdown {
  requirePercent('depositPercent', input.depositPercent);
  const prices: bigint[] = [];
  for (const line of input.lines) {
    requireAmount(`unitPrice of ${line.boothType}`, line.unitPrice);
    requireCount(`count of ${line.boothType}`, line.count);
    for (let i = 0; i < line.count; i++) prices.push(line.unitPrice);
  }
  const fee = prices.reduce((sum, price) => sum + price, 0n);

  let byTerms = 0n;
  let subsidisedBooths = 0;
  let subsidy = 0n;
  if (input.support) {
    requireAmount('remainingBudget', input.support.remainingBudget);
    [byTerms, subsidisedBooths] = subsidyByTerms(prices, input.support.terms);
    subsidy = min(byTerms, input.support.remainingBudget);
  }
  const amountDue = fee - subsidy;
  const deposit = percentOf(amountDue, input.depositPercent);
  return {
    fee,
    subsidisedBooths,
    subsidyByTerms: byTerms,
    subsidy,
    amountDue,
    deposit,
    balance: amountDue - deposit,
  };
}
