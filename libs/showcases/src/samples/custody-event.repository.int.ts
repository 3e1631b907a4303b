import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import {
  addAcceptedSample,
  addProduct,
  addShowcase,
  createFairWorld,
  FairWorld,
  showcasesWithFixedExhibitors,
} from '../testing/showcases-fixtures';
import { CustodyEventRepository } from './custody-event.repository';

describe('CustodyEventRepository (on the real schema)', () => {
  let m: TestModule;
  let trail: CustodyEventRepository;
  let world: FairWorld;
  let sampleId: string;
  beforeAll(async () => {
    m = await createTestModule([showcasesWithFixedExhibitors()]);
    trail = m.get(CustodyEventRepository);
    world = await createFairWorld(m.dataSource);
    const showcase = await addShowcase(m, world, 'Mây tre');
    const product = await addProduct(m.dataSource, world.producerId, 'Giỏ');
    sampleId = await addAcceptedSample(m, world, showcase.id, product, 'S-0001');
  });
  afterAll(() => m.close());

  it('append adds a step where the trail ended; trailOf reads the trail in order', async () => {
    await m.transactions.run(async ({ manager }) => {
      await trail.append(manager, {
        sampleId,
        fairId: world.fairId,
        step: 'receive',
        fromStatus: 'requested',
        toStatus: 'received',
        details: { by: 'Trần Thị Bình', condition: 'good' },
        actorId: world.organiserId,
        occurredAt: new Date('2026-10-09T02:00:00Z'),
      });
      await manager.query(
        `UPDATE showcase_samples SET custody_status = 'received', trail_length = 2 WHERE id = $1`,
        [sampleId],
      );
    });
    const events = await trail.trailOf(sampleId);
    expect(events.map((e) => [e.step, e.fromStatus, e.toStatus])).toEqual([
      ['request', null, 'requested'],
      ['receive', 'requested', 'received'],
    ]);
    expect(events[1]).toMatchObject({
      details: { by: 'Trần Thị Bình', condition: 'good' },
      actorId: world.organiserId,
      occurredAt: new Date('2026-10-09T02:00:00Z'),
    });
    expect(BigInt(events[0].seq)).toBeLessThan(BigInt(events[1].seq));
  });

  it('lastStepAt gives when each sample’s last step was taken', async () => {
    const last = await trail.lastStepAt([sampleId, world.fairId]);
    expect([...last.entries()]).toEqual([[sampleId, new Date('2026-10-09T02:00:00Z')]]);
    expect(await trail.lastStepAt([])).toEqual(new Map());
  });

  it('append refuses a step that does not start where the trail ended', async () => {
    const wrong = m.transactions.run(({ manager }) =>
      trail.append(manager, {
        sampleId,
        fairId: world.fairId,
        step: 'receive',
        fromStatus: 'requested',
        toStatus: 'received',
        details: { by: 'Kho', condition: 'good' },
        actorId: world.organiserId,
        occurredAt: new Date(),
      }),
    );
    await expect(wrong).rejects.toThrow();
    expect(await trail.trailOf(sampleId)).toHaveLength(2);
  });
});
