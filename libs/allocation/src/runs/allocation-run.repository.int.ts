import { AllocatingFixture, allocatingFixture } from '@hoicho/testing/fair-fixtures';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { AllocationModule } from '../allocation.module';
import { Draft } from '../draft/draft.types';
import { AllocationRunRepository, ComputedRun } from './allocation-run.repository';

const draft: Draft = { assignments: [], unassigned: [], score: 0, edits: 0 };
const computed: ComputedRun = {
  baseVersion: 0,
  instance: { booths: [], requests: [] },
  applicants: {},
  result: {
    assignments: [],
    unassigned: [],
    score: 0,
    stats: { millis: 1, requests: 0, booths: 0 },
  },
  draft,
  summary: { requests: 0, booths: 0, assigned: 0, unassigned: 0, pinned: 0, score: 0, millis: 1 },
  warnings: [{ code: 'pin_wrong_size', params: { application: 'x', booths: ['A-01'], size: 2 } }],
};

describe('AllocationRunRepository (on the migrated schema)', () => {
  let m: TestModule;
  let runs: AllocationRunRepository;
  let fair: AllocatingFixture;
  const start = (reshuffle = false) =>
    m.transactions.run(({ manager }) =>
      runs.insert(manager, { fairId: fair.id, reshuffle, createdBy: fair.organiser.id }),
    );

  beforeAll(async () => {
    m = await createTestModule([AllocationModule]);
    runs = m.get(AllocationRunRepository);
    fair = await allocatingFixture(m);
  });
  afterAll(() => m.close());

  it('insert: a new run is the table’s defaults; find, recent and lock read it', async () => {
    const id = await start(true);
    expect(await runs.find(fair.id, id)).toMatchObject({
      id,
      status: 'queued',
      reshuffle: true,
      progress: 0,
      attempts: 0,
      draftRevision: 0,
      warnings: [],
      draft: null,
    });
    expect(await runs.find('00000000-0000-0000-0000-000000000000', id)).toBeNull();
    const later = await start();
    expect((await runs.recent(fair.id, 1)).map((r) => r.id)).toEqual([later]);
    await m.transactions.run(async ({ manager }) => {
      expect((await runs.lock(manager, fair.id, id))!.id).toBe(id);
    });
  });

  it('claim, setProgress, complete: each only from the state that allows it', async () => {
    const id = await start();
    expect(await runs.claim(id)).toEqual({ fairId: fair.id, reshuffle: false });
    // A retry of an interrupted run claims it again, counting the attempt.
    expect(await runs.claim(id)).toEqual({ fairId: fair.id, reshuffle: false });
    await runs.setProgress(id, 40);
    expect(await runs.find(fair.id, id)).toMatchObject({
      status: 'running',
      progress: 40,
      attempts: 2,
    });
    await runs.complete(id, computed);
    const done = (await runs.find(fair.id, id))!;
    expect(done).toMatchObject({
      status: 'done',
      progress: 100,
      baseVersion: 0,
      draft,
      warnings: [
        { code: 'pin_wrong_size', params: { application: 'x', booths: ['A-01'], size: 2 } },
      ],
    });
    expect(done.finishedAt).toBeInstanceOf(Date);
    expect(await runs.claim(id)).toBeNull();
    await runs.setProgress(id, 50);
    await runs.fail(id, 'too late');
    expect(await runs.find(fair.id, id)).toMatchObject({
      status: 'done',
      progress: 100,
      failure: null,
    });
  });

  it('fail keeps a reason of at most 2,000 characters', async () => {
    const id = await start();
    await runs.fail(id, 'x'.repeat(2500));
    expect((await runs.find(fair.id, id))!.failure).toHaveLength(2000);
  });

  it('saveDraft counts edits; markPublished records the version and who', async () => {
    const id = await start();
    await runs.claim(id);
    await runs.complete(id, computed);
    const edited = { ...draft, edits: 1, score: 7 };
    await m.transactions.run(async ({ manager }) => {
      await runs.saveDraft(manager, id, edited);
      await runs.markPublished(manager, id, 3, fair.organiser.id);
    });
    const run = (await runs.find(fair.id, id))!;
    expect(run).toMatchObject({ draft: edited, draftRevision: 1, publishedVersion: 3 });
    expect(run.publishedBy).toBe(fair.organiser.id);
    expect(run.publishedAt).toBeInstanceOf(Date);
  });

  it('lost: unfinished runs untouched for the grace period, oldest first', async () => {
    const stale = await start();
    await m.dataSource.query(
      `UPDATE allocation_runs SET updated_at = now() - interval '1 hour' WHERE id = $1`,
      [stale],
    );
    const lost = await m.transactions.run(({ manager }) => runs.lost(60_000, 20, manager));
    expect(lost).toContain(stale);
    expect(lost[0]).toBe(stale);
    expect(await runs.lost(2 * 3_600_000, 20)).toEqual([]);
  });
});
