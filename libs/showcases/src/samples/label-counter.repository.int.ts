import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import {
  createFairWorld,
  FairWorld,
  showcasesWithFixedExhibitors,
} from '../testing/showcases-fixtures';
import { LabelCounterRepository } from './label-counter.repository';

describe('LabelCounterRepository (on the real schema)', () => {
  let m: TestModule;
  let counters: LabelCounterRepository;
  let world: FairWorld;
  let other: FairWorld;
  beforeAll(async () => {
    m = await createTestModule([showcasesWithFixedExhibitors()]);
    counters = m.get(LabelCounterRepository);
    world = await createFairWorld(m.dataSource);
    other = await createFairWorld(m.dataSource);
  });
  afterAll(() => m.close());

  it('next counts 1, 2, 3… per fair', async () => {
    const next = (fairId: string) =>
      m.transactions.run(({ manager }) => counters.next(manager, fairId));
    expect(await next(world.fairId)).toBe(1);
    expect(await next(world.fairId)).toBe(2);
    expect(await next(other.fairId)).toBe(1);
    expect(await next(world.fairId)).toBe(3);
  });

  it('next takes back its number when the transaction rolls back', async () => {
    await expect(
      m.transactions.run(async ({ manager }) => {
        await counters.next(manager, world.fairId);
        throw new Error('the acceptance failed');
      }),
    ).rejects.toThrow('the acceptance failed');
    expect(await m.transactions.run(({ manager }) => counters.next(manager, world.fairId))).toBe(4);
  });
});
