import { draftFairFixture } from '@hoicho/testing/fair-fixtures';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { FairsModule } from '../fairs.module';
import { SupportBudgets } from './support-budgets';
import { NewSupportProgramme, SupportProgrammeRepository } from './support-programme.repository';

describe('SupportProgrammeRepository (on the migrated schema)', () => {
  let m: TestModule;
  let programmes: SupportProgrammeRepository;
  let fairId: string;
  const programme = (over: Partial<NewSupportProgramme> = {}): NewSupportProgramme => ({
    fairId,
    nameVi: 'Khuyến công',
    nameEn: null,
    ratePercent: 50,
    maxBoothsPerProducer: 2,
    capPerBooth: null,
    capPerProducer: '10000000',
    totalBudget: '100000000',
    budgetUsed: '0',
    requireRecognisedCraftVillage: true,
    minOcopStars: 3,
    allowedLegalForms: ['cooperative', 'household_business'],
    ...over,
  });
  const insert = (over: Partial<NewSupportProgramme> = {}) =>
    m.transactions.run(({ manager }) => programmes.insert(manager, programme(over)));

  beforeAll(async () => {
    m = await createTestModule([FairsModule]);
    programmes = m.get(SupportProgrammeRepository);
    fairId = (await draftFairFixture(m)).id;
  });
  afterAll(() => m.close());

  it('insert, list, find, lock: money as digit strings, legal forms as an array', async () => {
    const first = await insert();
    await insert({ nameVi: 'OCOP', capPerProducer: null, allowedLegalForms: [] });
    expect((await programmes.list(fairId)).map((p) => p.nameVi)).toEqual(['Khuyến công', 'OCOP']);
    expect(await programmes.find(fairId, first.id)).toMatchObject({
      totalBudget: '100000000',
      budgetUsed: '0',
      capPerBooth: null,
      capPerProducer: '10000000',
      allowedLegalForms: ['cooperative', 'household_business'],
    });
    await m.transactions.run(async ({ manager }) => {
      expect((await programmes.lock(manager, fairId, first.id))!.id).toBe(first.id);
    });
  });

  it('reserve never overspends, even twenty at once; release never goes below zero', async () => {
    const p = await insert({ totalBudget: '100000000' });
    const taken = await Promise.all(
      Array.from({ length: 20 }, () =>
        m.transactions.run(({ manager }) => programmes.reserve(manager, p.id, 6_000_000n)),
      ),
    );
    expect(taken.filter(Boolean)).toHaveLength(16);
    expect((await programmes.find(fairId, p.id))!.budgetUsed).toBe('96000000');
    await m.transactions.run(({ manager }) => programmes.release(manager, p.id, 100_000_000n));
    expect((await programmes.find(fairId, p.id))!.budgetUsed).toBe('0');
  });

  it('lockRemaining answers what is left, in đồng, for the programmes named', async () => {
    const a = await insert({ totalBudget: '50000000', budgetUsed: '20000000' });
    const b = await insert({ totalBudget: '9007199254740993' });
    const left = await m.transactions.run(({ manager }) =>
      programmes.lockRemaining(manager, [b.id, a.id, a.id, '00000000-0000-0000-0000-000000000000']),
    );
    expect(left).toEqual(
      new Map([
        [a.id, 30_000_000n],
        [b.id, 9_007_199_254_740_993n],
      ]),
    );
    expect(
      await m.transactions.run(({ manager }) => programmes.lockRemaining(manager, [])),
    ).toEqual(new Map());
  });

  it('save changes a programme; delete removes it', async () => {
    const p = await insert();
    await m.transactions.run(({ manager }) => programmes.save(manager, { ...p, ratePercent: 70 }));
    expect((await programmes.find(fairId, p.id))!.ratePercent).toBe(70);
    await m.transactions.run(({ manager }) => programmes.delete(manager, fairId, p.id));
    expect(await programmes.find(fairId, p.id)).toBeNull();
  });

  it('the SupportBudgets port refuses negative amounts before touching the row', async () => {
    const p = await insert();
    const budgets = m.module.get(SupportBudgets);
    await expect(
      m.transactions.run(({ manager }) => budgets.reserve(manager, p.id, -1n)),
    ).rejects.toThrow(RangeError);
    expect(await m.transactions.run(({ manager }) => budgets.reserve(manager, p.id, 1n))).toBe(
      true,
    );
  });
});
