import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import {
  addAcceptedSample,
  addProducer,
  addProduct,
  addShowcase,
  createFairWorld,
  FairWorld,
  FixedExhibitorSource,
  showcasesWithFixedExhibitors,
} from '../testing/showcases-fixtures';
import { CatalogueCache } from './catalogue-cache';
import { FairRoster } from './fair-roster';

describe("FairRoster: who a fair's catalogue shows", () => {
  let m: TestModule;
  let roster: FairRoster;
  let world: FairWorld;
  let approved: string;
  beforeAll(async () => {
    m = await createTestModule([showcasesWithFixedExhibitors()]);
    roster = m.get(FairRoster);
    world = await createFairWorld(m.dataSource);
    approved = await addProducer(m.dataSource, 'Xưởng gốm Minh Long');
    m.get(FixedExhibitorSource).exhibitors.set(world.fairId, [
      { producerId: approved, boothCodes: ['B-01', 'B-02'] },
    ]);
  });
  afterAll(() => m.close());

  it("joins the source's exhibitors and their booths with producers of accepted samples", async () => {
    const before = await roster.of(world.fairId);
    expect(before.producerIds).toEqual([approved]);
    expect(before.has(world.producerId)).toBe(false);
    const showcase = await addShowcase(m, world, 'Mây tre');
    const product = await addProduct(m.dataSource, world.producerId, 'Giỏ');
    await addAcceptedSample(m, world, showcase.id, product, 'S-0001');
    // Cached like the answers built on it, until the cache lets it go.
    expect((await roster.of(world.fairId)).has(world.producerId)).toBe(false);
    m.get(CatalogueCache).clear();
    const after = await roster.of(world.fairId);
    expect(after.producerIds.sort()).toEqual([approved, world.producerId].sort());
    expect(after.boothCodes(approved)).toEqual(['B-01', 'B-02']);
    expect(after.boothCodes(world.producerId)).toEqual([]);
  });
});
