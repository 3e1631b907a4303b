import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { InvitationsModule } from '../invitations.module';
import { createOrganiserWorld } from '../testing/invitations-fixtures';
import { VisitorImport } from './visitor-import.entity';
import { VisitorImportRepository } from './visitor-import.repository';
import { VisitorImportRunner } from './visitor-import.runner';
import { VisitorImportsService } from './visitor-imports.service';

/** 2,500 good rows and one refused on the last line: three chunks of 1,000. */
function list(): Buffer {
  const rows = Array.from({ length: 2_500 }, (_, i) =>
    i === 2_499 ? 'Không Thư,' : `Khách ${i + 1},khach${i + 1}@lang-nghe.vn`,
  );
  return Buffer.from(['Họ và tên,Email', ...rows].join('\n') + '\n', 'utf8');
}

describe('VisitorImportRunner (on the real schema)', () => {
  let m: TestModule;
  let runner: VisitorImportRunner;
  let imports: VisitorImportRepository;

  beforeAll(async () => {
    m = await createTestModule([InvitationsModule]);
    runner = m.get(VisitorImportRunner);
    // Chunks of 1,000 rows (10,000 in service), so three of them here.
    runner.chunkRows = 1_000;
    imports = m.get(VisitorImportRepository);
  });
  afterAll(() => m.close());
  afterEach(() => jest.restoreAllMocks());

  /** An uploaded list of a new body, queued as `start` would queue it (no worker runs here). */
  async function queued(): Promise<string> {
    const world = await createOrganiserWorld(m);
    const upload = await m
      .get(VisitorImportsService)
      .upload(
        world.organiser,
        world.bodyId,
        { contentType: 'text/csv', body: list(), file: undefined, filename: 'khach.csv' },
        false,
      );
    await m.transactions.run(({ manager }) => imports.markQueued(manager, upload.id));
    return upload.id;
  }

  it('commits batch by batch: after each commit, others see its progress', async () => {
    const id = await queued();
    // What another connection sees right after each transaction of the runner commits.
    const seen: VisitorImport[] = [];
    const run = m.transactions.run.bind(m.transactions);
    jest.spyOn(m.transactions, 'run').mockImplementation(async (work) => {
      const result = await run(work);
      seen.push((await imports.findById(id))!);
      return result;
    });

    await runner.run(id);

    const batches = seen.filter((row) => row.rowsRead > 0 && row.status === 'running');
    expect(batches.map((row) => [row.rowsRead, row.createdCount, row.rejectedCount])).toEqual([
      [1_000, 1_000, 0],
      [2_000, 2_000, 0],
      [2_500, 2_499, 1],
    ]);
    expect(batches.every((row) => row.bytesRead > 0 && row.bytesRead <= row.sizeBytes)).toBe(true);
    expect(seen[seen.length - 1]).toMatchObject({
      status: 'completed',
      rowsRead: 2_500,
      createdCount: 2_499,
      rejectedCount: 1,
      bytesRead: list().length,
    });
    expect(await imports.storedFileSize(id)).toBeNull();
  });

  it('resumes a job that died mid-way after the last committed batch, counting nothing twice', async () => {
    const id = await queued();
    const addBatch = imports.addBatch.bind(imports);
    let batches = 0;
    jest.spyOn(imports, 'addBatch').mockImplementation(async (manager, importId, batch) => {
      if (++batches === 2) throw new Error('worker killed');
      return addBatch(manager, importId, batch);
    });
    await expect(runner.run(id)).rejects.toThrow('worker killed');
    expect(await imports.findById(id)).toMatchObject({
      status: 'running',
      rowsRead: 1_000,
      lastLine: 1_001,
    });

    await runner.run(id); // the job again, as BullMQ retries it
    expect(await imports.findById(id)).toMatchObject({
      status: 'completed',
      rowsRead: 2_500,
      createdCount: 2_499,
      mergedCount: 0,
      rejectedCount: 1,
    });
    const [{ n }] = await m.dataSource.query(
      `SELECT count(*)::int AS n FROM visitors
        WHERE organising_body_id = (SELECT organising_body_id FROM visitor_imports WHERE id = $1)`,
      [id],
    );
    expect(n).toBe(2_499);
  });

  it('fail ends an import whose job ran out of attempts, with the reason', async () => {
    const id = await queued();
    await runner.fail(id, 'connection reset');
    expect(await imports.findById(id)).toMatchObject({
      status: 'failed',
      failure: 'The import stopped: connection reset',
    });
    await runner.run(id); // a late job finds nothing to do
    expect(await imports.findById(id)).toMatchObject({ status: 'failed', rowsRead: 0 });
  });
});
