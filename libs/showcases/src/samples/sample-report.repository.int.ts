import { randomUUID } from 'node:crypto';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
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
import { SampleReportRepository } from './sample-report.repository';

describe('SampleReportRepository (on the real schema)', () => {
  let m: TestModule;
  let reports: SampleReportRepository;
  let world: FairWorld;
  let showcaseId: string;
  let otherShowcase: string;
  let received: string;
  let onDisplay: string;
  beforeAll(async () => {
    m = await createTestModule([showcasesWithFixedExhibitors()]);
    reports = m.get(SampleReportRepository);
    world = await createFairWorld(m.dataSource);
    showcaseId = (await addShowcase(m, world, 'Mây tre Phú Vinh')).id;
    otherShowcase = (await addShowcase(m, world, 'Gốm')).id;
    const product = (name: string) => addProduct(m.dataSource, world.producerId, name);
    received = await addAcceptedSample(m, world, showcaseId, await product('Giỏ'), 'S-0002');
    await moveSample(
      m,
      world,
      received,
      { step: 'receive', from: 'requested', to: 'received', trailLength: 2 },
      { by: 'Kho', condition: 'good' },
    );
    onDisplay = await addAcceptedSample(m, world, showcaseId, await product('Đèn'), 'S-0001');
    await moveSample(
      m,
      world,
      onDisplay,
      { step: 'receive', from: 'requested', to: 'received', trailLength: 2 },
      { by: 'Kho', condition: 'good' },
    );
    await moveSample(
      m,
      world,
      onDisplay,
      { step: 'display', from: 'received', to: 'on_display', trailLength: 3 },
      { location: 'Kệ A' },
    );
    await addAcceptedSample(m, world, showcaseId, await product('Khay'), 'S-0003');
    await addEntry(m, world, showcaseId, await product('Đĩa'));
    await addEntry(m, world, otherShowcase, await product('Bát'));
  });
  afterAll(() => m.close());

  it('unreturned lists samples received or on display by label code, values in đồng', async () => {
    const rows = await reports.unreturned(world.fairId);
    expect(rows.map((r) => [r.labelCode, r.custodyStatus, r.displayLocation])).toEqual([
      ['S-0001', 'on_display', 'Kệ A'],
      ['S-0002', 'received', null],
    ]);
    expect(rows[0]).toMatchObject({
      id: onDisplay,
      showcaseId,
      showcaseTitle: 'Mây tre Phú Vinh',
      producerId: world.producerId,
      quantity: 2,
      declaredValue: 1500000,
      since: expect.any(Date),
    });
  });

  it('unreturnedTotals counts the samples still held and their declared value, per fair', async () => {
    const held = await reports.unreturned(world.fairId);
    const value = held.reduce((sum, r) => sum + r.declaredValue, 0);
    expect(await reports.unreturnedTotals([world.fairId, randomUUID()])).toEqual([
      { fairId: world.fairId, total: 2, declaredValue: String(value) },
    ]);
    expect(await reports.unreturnedTotals([])).toEqual([]);
  });

  it("entryCounts counts each showcase's entries by state, for everyone or one producer", async () => {
    const counts = await reports.entryCounts(world.fairId);
    expect(counts).toEqual(
      expect.arrayContaining([
        { showcaseId, entryStatus: 'accepted', n: 3 },
        { showcaseId, entryStatus: 'invited', n: 1 },
        { showcaseId: otherShowcase, entryStatus: 'invited', n: 1 },
      ]),
    );
    expect(counts).toHaveLength(3);
    expect(await reports.entryCounts(world.fairId, world.organiserId)).toEqual([]);
    expect(await reports.entryCounts(world.fairId, world.producerId)).toHaveLength(3);
  });

  it('custodyCounts counts samples with a trail by status, in custody order', async () => {
    const counts = (id: string) =>
      m.transactions.run(({ manager }) => reports.custodyCounts(manager, id));
    expect(await counts(showcaseId)).toEqual([
      { status: 'requested', n: 1 },
      { status: 'received', n: 1 },
      { status: 'on_display', n: 1 },
    ]);
    expect(await counts(otherShowcase)).toEqual([]);
  });
});
