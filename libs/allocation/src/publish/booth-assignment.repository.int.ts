import { AllocatingFixture, allocatingFixture } from '@hoicho/testing/fair-fixtures';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { AllocationModule } from '../allocation.module';
import { AllocationRunRepository } from '../runs/allocation-run.repository';
import { BoothAssignmentRepository } from './booth-assignment.repository';

describe('BoothAssignmentRepository (on the migrated schema)', () => {
  let m: TestModule;
  let assignments: BoothAssignmentRepository;
  let fair: AllocatingFixture;
  let runId: string;
  const booth = (code: string) => fair.booths.get(code)!;
  const app = (i: number) => fair.applicants[i].applicationId;

  beforeAll(async () => {
    m = await createTestModule([AllocationModule]);
    assignments = m.get(BoothAssignmentRepository);
    fair = await allocatingFixture(m);
    runId = await m.transactions.run(({ manager }) =>
      m.get(AllocationRunRepository).insert(manager, {
        fairId: fair.id,
        reshuffle: false,
        createdBy: fair.organiser.id,
      }),
    );
  });
  afterAll(() => m.close());

  it('replaceForFair makes the draft’s booths the published ones, in one statement', async () => {
    const publish = (rows: { boothId: string; applicationId: string; manual: boolean }[]) =>
      m.transactions.run(({ manager }) =>
        assignments.replaceForFair(manager, fair.id, runId, fair.organiser.id, rows),
      );
    expect(
      await publish([
        { boothId: booth('A-01'), applicationId: app(0), manual: false },
        { boothId: booth('A-02'), applicationId: app(1), manual: true },
      ]),
    ).toBe(true);
    expect(
      await publish([
        { boothId: booth('A-02'), applicationId: app(0), manual: false },
        { boothId: booth('A-01'), applicationId: app(0), manual: false },
        { boothId: booth('B-01'), applicationId: app(1), manual: true },
      ]),
    ).toBe(true);
    const rows = await assignments.list(fair.id);
    expect(rows.map((r) => [r.applicationId, r.boothId, r.runId, r.manual])).toEqual(
      expect.arrayContaining([
        [app(0), booth('A-02'), runId, false],
        [app(0), booth('A-01'), runId, false],
        [app(1), booth('B-01'), runId, true],
      ]),
    );
    expect(rows).toHaveLength(3);
    const byApp = await assignments.byApplication(fair.id);
    expect(byApp.get(app(0))).toEqual({
      boothIds: [booth('A-01'), booth('A-02')].sort(),
      manual: false,
    });
    expect(byApp.get(app(1))).toEqual({ boothIds: [booth('B-01')], manual: true });
  });

  it('one producer per booth: a booth given twice answers false and writes nothing', async () => {
    const twice = await m.transactions
      .run(async ({ manager }) => {
        const ok = await assignments.replaceForFair(manager, fair.id, runId, fair.organiser.id, [
          { boothId: booth('B-02'), applicationId: app(0), manual: false },
          { boothId: booth('B-02'), applicationId: app(1), manual: false },
        ]);
        if (!ok) throw new Error('refused');
        return ok;
      })
      .catch((error: Error) => error.message);
    expect(twice).toBe('refused');
    expect(await assignments.list(fair.id)).toHaveLength(3);
  });

  it('insertForOffer adds an offer’s booths unless one is taken; deleteForApplications frees', async () => {
    const offer = (boothIds: string[]) => ({
      id: '11111111-1111-4111-8111-111111111111',
      fairId: fair.id,
      applicationId: app(4),
      boothIds,
    });
    await m.transactions
      .run(async ({ manager }) => {
        if (
          !(await assignments.insertForOffer(manager, offer([booth('A-01')]), fair.organiser.id))
        ) {
          throw new Error('taken');
        }
      })
      .catch(() => undefined);
    expect((await assignments.byApplication(fair.id)).has(app(4))).toBe(false);
    expect(
      await m.transactions.run(({ manager }) =>
        assignments.insertForOffer(manager, offer([booth('B-03')]), fair.organiser.id),
      ),
    ).toBe(true);
    expect((await assignments.list(fair.id)).find((r) => r.applicationId === app(4))).toMatchObject(
      { offerId: '11111111-1111-4111-8111-111111111111', boothId: booth('B-03') },
    );
    await m.transactions.run(async ({ manager }) => {
      await assignments.deleteForApplications(manager, fair.id, [app(0), app(4)]);
      await assignments.deleteForApplications(manager, fair.id, []);
    });
    expect([...(await assignments.byApplication(fair.id)).keys()]).toEqual([app(1)]);
  });
});
