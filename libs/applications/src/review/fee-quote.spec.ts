import { SupportProgrammeDto } from '@hoicho/fairs';
import { PlanIndex } from '../views/fair-context';
import { PricedApplication, quoteFee } from './fee-quote';

const type = (id: string, code: string, price: string) => ({
  id,
  code,
  nameVi: code,
  nameEn: null,
  widthM: 3,
  depthM: 3,
  price,
});
const plan = new PlanIndex({
  zones: [],
  boothTypes: [type('t1', 'tieu-chuan', '12000000'), type('t2', 'goc', '15000000')],
});
const app: PricedApplication = {
  id: 'a1',
  boothsWanted: 3,
  boothTypeIds: ['t1', 't2'],
  legalForm: 'cooperative',
  craftVillageRecognised: true,
  ocopRatings: [],
};
// Hà Nội Vietnamese Goods Weeks: 50% of the booth fee, at most 2 booths per unit.
const programme = {
  id: 'p1',
  nameVi: 'Tuần hàng Việt',
  nameEn: null,
  ratePercent: 50,
  maxBoothsPerProducer: 2,
  capPerBooth: null,
  capPerProducer: null,
  requireRecognisedCraftVillage: false,
  minOcopStars: null,
  allowedLegalForms: [],
} as unknown as SupportProgrammeDto;
const base = { app, plan, programme, depositPercent: 50, onDate: '2026-12-20' as never };

describe('quoteFee', () => {
  it('prices the first choice times the booths wanted before allocation', () => {
    const q = quoteFee({ ...base, remainingBudget: 100_000_000n });
    expect(q.breakdown).toMatchObject({ fee: 36_000_000n, subsidy: 12_000_000n });
    expect(q.detail.lines).toEqual([
      { boothTypeId: 't1', boothType: 'tieu-chuan', unitPrice: '12000000', count: 3 },
    ]);
  });

  it('prices allocated booths at their own types, the grant on the two dearest', () => {
    const booths = ['tieu-chuan', 'goc', 'tieu-chuan'];
    const q = quoteFee({ ...base, remainingBudget: 100_000_000n, booths });
    // 15 + 12 + 12 = 39 M; 50% of 15 M and 12 M = 13.5 M.
    expect(q.breakdown).toMatchObject({
      fee: 39_000_000n,
      subsidisedBooths: 2,
      subsidy: 13_500_000n,
      amountDue: 25_500_000n,
      deposit: 12_750_000n,
    });
    expect(q.detail.lines).toEqual([
      { boothTypeId: 't1', boothType: 'tieu-chuan', unitPrice: '12000000', count: 2 },
      { boothTypeId: 't2', boothType: 'goc', unitPrice: '15000000', count: 1 },
    ]);
  });

  it('grants no more than the budget left', () => {
    const q = quoteFee({ ...base, remainingBudget: 1_000_000n, booths: ['goc'] });
    expect(q.breakdown).toMatchObject({ fee: 15_000_000n, subsidy: 1_000_000n });
  });
});
