import { fairFixture } from '@hoicho/testing/fair-fixtures';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { Booth } from '../domain';
import { FairsModule } from '../fairs.module';
import { PlanRepository } from './plan.repository';
import { toDomainBooths } from './stored-plan';

const booth = (code: string, x: number, neighbours: string[] = []): Booth => ({
  code,
  zone: 'gom-su',
  type: 'tieu-chuan',
  x,
  y: 40,
  width: 3,
  height: 3,
  corner: false,
  blocked: false,
  neighbours,
});

describe('PlanRepository (on the migrated schema)', () => {
  let m: TestModule;
  let plans: PlanRepository;
  let fairId: string;

  beforeAll(async () => {
    m = await createTestModule([FairsModule]);
    plans = m.get(PlanRepository);
    fairId = (await fairFixture(m, { booths: 2 })).id;
  });
  afterAll(() => m.close());

  it('load: zones, types, booths by code and each booth’s neighbours by id', async () => {
    const stored = await plans.load(fairId);
    expect(stored.zones.map((z) => z.code)).toEqual(['may-tre-dan', 'gom-su']);
    expect(stored.types.map((t) => t.code)).toEqual(['tieu-chuan']);
    expect(toDomainBooths(stored).map((b) => [b.code, b.neighbours])).toEqual([
      ['A-01', ['A-02']],
      ['A-02', ['A-01']],
      ['B-01', ['B-02']],
      ['B-02', ['B-01']],
    ]);
  });

  it('insertBooths and insertPairs: one statement each, pairs stored once', async () => {
    const before = await plans.load(fairId);
    const ids = await m.transactions.run(({ manager }) =>
      plans.insertBooths(manager, fairId, before, [
        booth('C-01', 20, ['C-02', 'B-02']),
        booth('C-02', 23, ['C-01']),
      ]),
    );
    expect([...ids.keys()].sort()).toEqual(['A-01', 'A-02', 'B-01', 'B-02', 'C-01', 'C-02']);
    // A pair named from both sides, and one already stored, are kept once.
    await m.transactions.run(({ manager }) =>
      plans.insertPairs(manager, fairId, [
        [ids.get('C-02')!, ids.get('C-01')!],
        [ids.get('C-01')!, ids.get('C-02')!],
      ]),
    );
    const [{ n }] = await m.dataSource.query(
      'SELECT count(*)::int AS n FROM booth_neighbours WHERE fair_id = $1',
      [fairId],
    );
    expect(n).toBe(4);
    const c01 = toDomainBooths(await plans.load(fairId)).find((b) => b.code === 'C-01')!;
    expect(c01.neighbours).toEqual(['B-02', 'C-02']);
  });

  it('updateBooth and replaceNeighbours change one booth; counts follow zones and types', async () => {
    const stored = await plans.load(fairId);
    const byCode = new Map(stored.booths.map((b) => [b.code, b]));
    const c02 = byCode.get('C-02')!;
    const zoneA = stored.zones.find((z) => z.code === 'may-tre-dan')!;
    await m.transactions.run(async ({ manager }) => {
      expect(await plans.countInZone(manager, fairId, zoneA.id)).toBe(2);
      await plans.updateBooth(manager, fairId, c02.id, {
        code: 'A-03',
        zoneId: zoneA.id,
        boothTypeId: c02.boothTypeId,
        x: 6,
        y: 0,
        width: 3,
        height: 3,
        corner: true,
        blocked: true,
      });
      await plans.replaceNeighbours(manager, fairId, c02.id, [byCode.get('A-02')!.id]);
      expect(await plans.countInZone(manager, fairId, zoneA.id)).toBe(3);
      expect(await plans.countOfType(manager, fairId, c02.boothTypeId)).toBe(6);
    });
    const after = toDomainBooths(await plans.load(fairId));
    expect(after.find((b) => b.code === 'A-03')).toMatchObject({
      zone: 'may-tre-dan',
      corner: true,
      blocked: true,
      neighbours: ['A-02'],
    });
    expect(after.find((b) => b.code === 'C-01')!.neighbours).toEqual(['B-02']);
  });

  it('deleteBooth, hasRentableBooth and deleteBooths (neighbour pairs go with the booths)', async () => {
    const stored = await plans.load(fairId);
    await m.transactions.run(async ({ manager }) => {
      expect(await plans.deleteBooth(manager, fairId, stored.booths[0].id)).toBe(true);
      expect(await plans.deleteBooth(manager, fairId, stored.booths[0].id)).toBe(false);
      expect(await plans.hasRentableBooth(manager, fairId)).toBe(true);
      expect(await plans.deleteBooths(manager, fairId)).toBe(5);
      expect(await plans.hasRentableBooth(manager, fairId)).toBe(false);
    });
    const [{ n }] = await m.dataSource.query(
      'SELECT count(*)::int AS n FROM booth_neighbours WHERE fair_id = $1',
      [fairId],
    );
    expect(n).toBe(0);
  });
});
