import { bestOcop, dmy, dong, identifierKind, programmeTotals } from './support-dossier';

describe('support dossier rules', () => {
  it('adds up booths, fees and subsidies, and what the budget has left', () => {
    const b = (booths: number, subsidised: number, fee: bigint, subsidy: bigint) => ({
      reference: 'HC-1',
      producerName: 'x',
      legalForm: 'Hợp tác xã',
      identifier: '0100109106',
      identifierKind: 'tax_code' as const,
      craftVillage: null,
      villageRecognised: false,
      commune: null,
      province: null,
      ocop: null,
      booths,
      subsidisedBooths: subsidised,
      fee,
      subsidy,
    });
    const totals = programmeTotals({
      nameVi: 'Hỗ trợ 50%',
      ratePercent: 50,
      maxBoothsPerProducer: 2,
      totalBudget: 50_000_000n,
      budgetUsed: 18_000_000n,
      beneficiaries: [b(3, 2, 36_000_000n, 12_000_000n), b(1, 1, 12_000_000n, 6_000_000n)],
    });
    expect(totals).toEqual({
      beneficiaries: 2,
      booths: 4,
      subsidisedBooths: 3,
      fee: 48_000_000n,
      subsidy: 18_000_000n,
      budgetLeft: 32_000_000n,
    });
  });

  it('tells a CCCD from a tax code, and picks the best OCOP rating valid on the day', () => {
    expect(identifierKind('001085012345')).toBe('cccd');
    expect(identifierKind('0314409058-002')).toBe('tax_code');
    expect(identifierKind(null)).toBe('none');
    const ratings = [
      { stars: 5, expiresOn: '2026-01-01' },
      { stars: 4, expiresOn: '2027-06-30' },
      { stars: 3, expiresOn: '2028-01-01' },
    ];
    expect(bestOcop(ratings, '2026-10-09')).toEqual({ stars: 4, expiresOn: '2027-06-30' });
    expect(bestOcop(ratings, '2029-01-01')).toBeNull();
  });

  it('writes dates and amounts the Vietnamese way', () => {
    expect(dmy('2026-10-09')).toBe('09/10/2026');
    expect(dong(4_500_000n)).toBe('4.500.000');
    expect(dong(0n)).toBe('0');
  });
});
