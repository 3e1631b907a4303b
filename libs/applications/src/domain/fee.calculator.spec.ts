import { calculateFee, FeeInput, SupportTerms } from './fee.calculator';

const standard = (count: number) => ({ boothType: 'standard', unitPrice: 5_000_000n, count });
const corner = (count: number) => ({ boothType: 'corner', unitPrice: 7_000_000n, count });
const hanoiWeeks: SupportTerms = { ratePercent: 50, maxBooths: 2 };

describe('calculateFee', () => {
  it('sums booth types × count and splits a 50% deposit', () => {
    expect(calculateFee({ lines: [standard(2), corner(1)], depositPercent: 50 })).toEqual({
      fee: 17_000_000n,
      subsidisedBooths: 0,
      subsidyByTerms: 0n,
      subsidy: 0n,
      amountDue: 17_000_000n,
      deposit: 8_500_000n,
      balance: 8_500_000n,
    });
  });

  it('subsidises at most N booths per producer, the most expensive first', () => {
    const result = calculateFee({
      lines: [standard(2), corner(1)],
      support: { terms: hanoiWeeks, remainingBudget: 100_000_000n },
      depositPercent: 50,
    });
    // 50% of 7,000,000 + 50% of 5,000,000; the third booth is paid in full.
    expect(result).toMatchObject({
      subsidisedBooths: 2,
      subsidy: 6_000_000n,
      amountDue: 11_000_000n,
      deposit: 5_500_000n,
      balance: 5_500_000n,
    });
  });

  it('applies the caps per booth and per producer', () => {
    const support = (terms: SupportTerms) => ({ terms, remainingBudget: 100_000_000n });
    expect(
      calculateFee({
        lines: [standard(2)],
        support: support({ ratePercent: 70, capPerBooth: 3_000_000n }),
        depositPercent: 0,
      }).subsidy,
    ).toBe(6_000_000n);
    expect(
      calculateFee({
        lines: [standard(2), corner(1)],
        support: support({ ratePercent: 50, capPerProducer: 5_000_000n }),
        depositPercent: 0,
      }).subsidy,
    ).toBe(5_000_000n);
    expect(
      calculateFee({
        lines: [standard(3)],
        support: support({ ratePercent: 100, maxBooths: 0 }),
        depositPercent: 0,
      }),
    ).toMatchObject({ subsidisedBooths: 0, subsidy: 0n, amountDue: 15_000_000n });
  });

  it('never spends more than the remaining budget, even when it runs out mid-way', () => {
    let budget = 8_000_000n;
    const granted: bigint[] = [];
    for (let producer = 0; producer < 3; producer++) {
      const result = calculateFee({
        lines: [standard(2)],
        support: { terms: hanoiWeeks, remainingBudget: budget },
        depositPercent: 50,
      });
      expect(result.subsidyByTerms).toBe(5_000_000n);
      granted.push(result.subsidy);
      budget -= result.subsidy;
    }
    expect(granted).toEqual([5_000_000n, 3_000_000n, 0n]);
    expect(budget).toBe(0n);
  });

  it('floors each percentage to the whole đồng and keeps deposit + balance exact', () => {
    const result = calculateFee({
      lines: [{ boothType: 'odd', unitPrice: 3_333_333n, count: 1 }],
      support: { terms: { ratePercent: 33 }, remainingBudget: 10_000_000n },
      depositPercent: 50,
    });
    // 33% of 3,333,333 = 1,099,999.89 → 1,099,999; due 2,233,334; half = 1,116,667 exactly.
    expect(result).toMatchObject({
      subsidy: 1_099_999n,
      amountDue: 2_233_334n,
      deposit: 1_116_667n,
    });
    const odd = calculateFee({
      lines: [{ boothType: 'odd', unitPrice: 4_500_001n, count: 1 }],
      depositPercent: 50,
    });
    expect([odd.deposit, odd.balance]).toEqual([2_250_000n, 2_250_001n]);
  });

  it('stays exact beyond the range of floating-point numbers', () => {
    const huge = 100_000_000_000_000_002n; // a float cannot hold it: its step there is 16
    const result = calculateFee({
      lines: [{ boothType: 'hall', unitPrice: huge, count: 2 }],
      support: { terms: { ratePercent: 50 }, remainingBudget: huge * 10n },
      depositPercent: 100,
    });
    expect(result).toMatchObject({ fee: huge * 2n, subsidy: huge, deposit: huge, balance: 0n });
  });

  it('charges nothing for no booths', () => {
    expect(calculateFee({ lines: [], depositPercent: 50 })).toMatchObject({ fee: 0n, deposit: 0n });
  });

  it.each<[string, FeeInput]>([
    [
      'a rate over 100%',
      {
        lines: [standard(1)],
        support: { terms: { ratePercent: 101 }, remainingBudget: 0n },
        depositPercent: 50,
      },
    ],
    [
      'a fractional rate',
      {
        lines: [standard(1)],
        support: { terms: { ratePercent: 12.5 }, remainingBudget: 0n },
        depositPercent: 50,
      },
    ],
    [
      'a negative price',
      { lines: [{ boothType: 'x', unitPrice: -1n, count: 1 }], depositPercent: 50 },
    ],
    [
      'a fractional count',
      { lines: [{ boothType: 'x', unitPrice: 1n, count: 1.5 }], depositPercent: 50 },
    ],
    [
      'a negative budget',
      {
        lines: [standard(1)],
        support: { terms: hanoiWeeks, remainingBudget: -1n },
        depositPercent: 50,
      },
    ],
    ['a deposit over 100%', { lines: [standard(1)], depositPercent: 150 }],
  ])('rejects %s', (_, input) => {
    expect(() => calculateFee(input)).toThrow(RangeError);
  });
});
