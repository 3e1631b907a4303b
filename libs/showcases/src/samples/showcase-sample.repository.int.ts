import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { constraintOf } from '../common/db-errors';
import {
  addAcceptedSample,
  addEntry,
  addProduct,
  addShowcase,
  createFairWorld,
  FairWorld,
  moveSample,
  showcasesWithFixedExhibitors,
} from '../testing/showcases-fixtures';
import { ShowcaseSampleRepository } from './showcase-sample.repository';

describe('ShowcaseSampleRepository (on the real schema)', () => {
  let m: TestModule;
  let samples: ShowcaseSampleRepository;
  let world: FairWorld;
  let showcaseId: string;
  const product = (name: string) => addProduct(m.dataSource, world.producerId, name);

  beforeAll(async () => {
    m = await createTestModule([showcasesWithFixedExhibitors()]);
    samples = m.get(ShowcaseSampleRepository);
    world = await createFairWorld(m.dataSource);
    showcaseId = (await addShowcase(m, world, 'Mây tre Phú Vinh')).id;
  });
  afterAll(() => m.close());

  it('insertEntry stores an open entry; a second live entry of the product breaks the unique index', async () => {
    const basket = await product('Giỏ đan tre');
    const entry = await addEntry(m, world, showcaseId, basket);
    expect(entry).toMatchObject({
      entryStatus: 'invited',
      origin: 'invited',
      trailLength: 0,
      labelCode: null,
      custodyStatus: null,
      declaredValue: '1500000',
    });
    const again = await addEntry(m, world, showcaseId, basket).catch((e: unknown) => e);
    expect(constraintOf(again)).toBe('showcase_samples_one_live_per_product');
    expect(await samples.findInShowcase(world.fairId, showcaseId, entry.id)).toMatchObject({
      id: entry.id,
    });
    expect(await samples.findInShowcase(world.fairId, world.fairId, entry.id)).toBeNull();
  });

  it('lockInShowcase, accept and labelCodeTaken: an accepted entry is a sample with its label', async () => {
    const lamp = await product('Chao đèn mây');
    const id = await addAcceptedSample(m, world, showcaseId, lamp, 'S-0001');
    await m.transactions.run(async ({ manager }) => {
      expect(await samples.lockInShowcase(manager, world.fairId, showcaseId, id)).toMatchObject({
        entryStatus: 'accepted',
        labelCode: 'S-0001',
        custodyStatus: 'requested',
        trailLength: 1,
      });
      expect(await samples.labelCodeTaken(manager, world.fairId, 'S-0001')).toBe(true);
      expect(await samples.labelCodeTaken(manager, world.fairId, 'S-0002')).toBe(false);
    });
    const tray = await product('Khay mây');
    const taken = await addAcceptedSample(m, world, showcaseId, tray, 'S-0001').catch(
      (e: unknown) => e,
    );
    expect(constraintOf(taken)).toBe('showcase_samples_label_code_key');
  });

  it('decide declines or withdraws an open entry', async () => {
    const entry = await addEntry(m, world, showcaseId, await product('Đĩa mây'));
    await m.transactions.run(({ manager }) =>
      samples.decide(manager, entry.id, {
        entryStatus: 'declined',
        decidedBy: world.memberId,
        decidedAt: new Date(),
        decisionNote: 'Hết hàng',
      }),
    );
    expect(await samples.findInShowcase(world.fairId, showcaseId, entry.id)).toMatchObject({
      entryStatus: 'declined',
      decisionNote: 'Hết hàng',
    });
  });

  it('moveCustody records where a sample stands, checked against its trail at commit', async () => {
    const id = await addAcceptedSample(m, world, showcaseId, await product('Bình hoa'), 'MT-7');
    const move = { step: 'receive' as const, from: 'requested' as const, to: 'received' as const };
    await moveSample(m, world, id, { ...move, trailLength: 2 }, { by: 'Kho', condition: 'good' });
    expect(await samples.findInShowcase(world.fairId, showcaseId, id)).toMatchObject({
      custodyStatus: 'received',
      trailLength: 2,
    });
    // A status without its event is refused when the transaction commits.
    const alone = await m.transactions
      .run(({ manager }) =>
        samples.moveCustody(manager, id, {
          custodyStatus: 'returned',
          trailLength: 3,
          displayLocation: null,
        }),
      )
      .catch((e: unknown) => e);
    expect(alone).toBeInstanceOf(Error);
  });

  it('ofShowcase, acceptedOfShowcase, acceptedByLabel, byIds and pageOfProducer read them back', async () => {
    // Samples by label code, then the open, declined and refused entries (the tray's stayed open).
    const all = await samples.ofShowcase(showcaseId);
    expect(all.map((s) => s.labelCode)).toEqual(['MT-7', 'S-0001', null, null, null]);
    expect(await samples.ofShowcase(showcaseId, world.memberId)).toEqual([]);
    expect(await samples.ofShowcase(showcaseId, world.producerId)).toHaveLength(5);
    const accepted = await samples.acceptedOfShowcase(world.fairId, showcaseId);
    expect(accepted.map((s) => s.labelCode)).toEqual(['MT-7', 'S-0001']);
    const [one] = await samples.acceptedOfShowcase(world.fairId, showcaseId, accepted[1].id);
    expect(one.labelCode).toBe('S-0001');
    expect(
      await samples.acceptedByLabel(world.fairId, accepted[1].productId, 'S-0001'),
    ).toMatchObject({ id: accepted[1].id });
    expect(await samples.acceptedByLabel(world.fairId, accepted[0].productId, 'S-0001')).toBeNull();
    expect((await samples.byIds([accepted[0].id])).map((s) => s.labelCode)).toEqual(['MT-7']);
    expect(await samples.byIds([])).toEqual([]);
    const page = await samples.pageOfProducer(world.producerId, {}, 2, 0);
    expect(page.total).toBe(5);
    expect(page.rows).toHaveLength(2);
    const declined = await samples.pageOfProducer(
      world.producerId,
      { entryStatus: 'declined' },
      10,
      0,
    );
    expect(declined.rows.map((s) => s.entryStatus)).toEqual(['declined']);
    const requested = await samples.pageOfProducer(
      world.producerId,
      { custodyStatus: accepted[1].custodyStatus! },
      10,
      0,
    );
    expect(requested.rows.map((s) => s.custodyStatus)).toEqual(
      requested.rows.map(() => accepted[1].custodyStatus),
    );
    expect(requested.rows.map((s) => s.id)).toContain(accepted[1].id);
  });
});
