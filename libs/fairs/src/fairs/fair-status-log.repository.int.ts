import { draftFairFixture } from '@hoicho/testing/fair-fixtures';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { FairsModule } from '../fairs.module';
import { FairStatusLogRepository } from './fair-status-log.repository';

describe('FairStatusLogRepository (on the migrated schema)', () => {
  let m: TestModule;
  beforeAll(async () => (m = await createTestModule([FairsModule])));
  afterAll(() => m.close());

  it('append and history: every step, oldest first, with who and why', async () => {
    const { id, organiser } = await draftFairFixture(m);
    const fair = { id };
    const log = m.get(FairStatusLogRepository);
    await m.transactions.run(({ manager }) =>
      log.append(manager, {
        fairId: fair.id,
        fromStatus: 'draft',
        toStatus: 'open',
        reason: 'Mở nhận hồ sơ',
        changedBy: organiser.id,
      }),
    );
    const history = await log.history(fair.id);
    expect(history.map((c) => [c.fromStatus, c.toStatus, c.reason])).toEqual([
      [null, 'draft', null],
      ['draft', 'open', 'Mở nhận hồ sơ'],
    ]);
    expect(history[1].changedAt).toBeInstanceOf(Date);
    // The table's CHECK repeats the machine: a step it forbids cannot be logged.
    await expect(
      m.transactions.run(({ manager }) =>
        log.append(manager, {
          fairId: fair.id,
          fromStatus: 'draft',
          toStatus: 'closed',
          reason: null,
          changedBy: organiser.id,
        }),
      ),
    ).rejects.toThrow();
  });
});
