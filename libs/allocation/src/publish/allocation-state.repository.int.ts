import { AllocatingFixture, allocatingFixture } from '@hoicho/testing/fair-fixtures';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { AllocationModule } from '../allocation.module';
import { AllocationRunRepository } from '../runs/allocation-run.repository';
import { AllocationStateRepository } from './allocation-state.repository';

describe('AllocationStateRepository (on the migrated schema)', () => {
  let m: TestModule;
  let states: AllocationStateRepository;
  let fair: AllocatingFixture;

  beforeAll(async () => {
    m = await createTestModule([AllocationModule]);
    states = m.get(AllocationStateRepository);
    fair = await allocatingFixture(m);
  });
  afterAll(() => m.close());

  it('version is 0 before anything was published; lock makes the row once', async () => {
    expect(await states.version(fair.id)).toBe(0);
    for (let i = 0; i < 2; i++) {
      const state = await m.transactions.run(({ manager }) => states.lock(manager, fair.id));
      expect(state).toMatchObject({ fairId: fair.id, version: 0, publishedRunId: null });
    }
  });

  it('bump moves the version (and names the run published), under the lock', async () => {
    const runId = await m.transactions.run(({ manager }) =>
      m.get(AllocationRunRepository).insert(manager, {
        fairId: fair.id,
        reshuffle: false,
        createdBy: fair.organiser.id,
      }),
    );
    const versions = await m.transactions.run(async ({ manager }) => {
      await states.lock(manager, fair.id);
      return [await states.bump(manager, fair.id), await states.bump(manager, fair.id, runId)];
    });
    expect(versions).toEqual([1, 2]);
    await m.transactions.run(async ({ manager }) => {
      expect(await states.version(fair.id, manager)).toBe(2);
      expect((await states.lock(manager, fair.id)).publishedRunId).toBe(runId);
    });
  });

  it('two publishers take turns: the second waits for the first and sees its version', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const firstHasLock = new Promise<void>((resolve) => (locked = resolve));
    const first = m.transactions.run(async ({ manager }) => {
      await states.lock(manager, fair.id);
      locked();
      await held;
      return states.bump(manager, fair.id);
    });
    await firstHasLock;
    const second = m.transactions.run(async ({ manager }) => {
      const state = await states.lock(manager, fair.id);
      return state.version;
    });
    release();
    const bumped = await first;
    expect(await second).toBe(bumped);
  });
});
