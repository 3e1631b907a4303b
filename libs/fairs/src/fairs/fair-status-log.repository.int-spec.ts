import { organiserFixture } from '@hoicho/testing/fair-fixtures';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { FairsModule } from '../fairs.module';
import { FairEditorService } from './fair-editor.service';
import { FairStatusLogRepository } from './fair-status-log.repository';

describe('FairStatusLogRepository (on the migrated schema)', () => {
  let m: TestModule;
  beforeAll(async () => (m = await createTestModule([FairsModule])));
  afterAll(() => m.close());

  it('append and history: every step, oldest first, with who and why', async () => {
    const organiser = await organiserFixture(m.dataSource);
    const fair = await m.get(FairEditorService).create(organiser, organiser.organisingBodyId!, {
      nameVi: 'Hội chợ',
      venueName: 'Cung Văn hóa',
      venueAddress: 'Hà Nội',
      days: [{ date: '2030-03-01', opens: '08:00', closes: '21:00' }],
      applicationsOpenAt: '2030-01-01T08:00',
      applicationsCloseAt: '2030-02-01T17:00',
    });
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
