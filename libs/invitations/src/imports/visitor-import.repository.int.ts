import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { InvitationsModule } from '../invitations.module';
import { createOrganiserWorld, OrganiserWorld } from '../testing/invitations-fixtures';
import { VisitorImportRepository } from './visitor-import.repository';

describe('VisitorImportRepository (on the real schema)', () => {
  let m: TestModule;
  let imports: VisitorImportRepository;
  let world: OrganiserWorld;
  const file = Buffer.from('Họ và tên,Email\nNguyễn Văn An,an@x.vn\n', 'utf8');

  beforeAll(async () => {
    m = await createTestModule([InvitationsModule]);
    imports = m.get(VisitorImportRepository);
    world = await createOrganiserWorld(m);
  });
  afterAll(() => m.close());

  const upload = () =>
    m.transactions.run(({ manager }) =>
      imports.insert(manager, {
        organisingBodyId: world.bodyId,
        createdBy: world.organiser.id,
        filename: 'khach.csv',
        format: 'csv',
        file,
      }),
    );

  it('insert stores the upload; findById reads it without the file; page lists the newest first', async () => {
    const first = await upload();
    const second = await upload();
    expect(await imports.findById(first)).toMatchObject({
      organisingBodyId: world.bodyId,
      filename: 'khach.csv',
      sizeBytes: file.length,
      status: 'uploaded',
      bytesRead: 0,
      lastLine: 0,
    });
    expect((await imports.findById(first))!.file).toBeUndefined();
    const page = await imports.page(world.bodyId, { page: 1, pageSize: 1 });
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect(page.items.map((i) => i.id)).toEqual([second]);
  });

  it('storedFileSize and fileSlice read the stored upload a slice at a time', async () => {
    const id = await upload();
    expect(await imports.storedFileSize(id)).toBe(file.length);
    const head = await imports.fileSlice(id, 0, 10);
    const rest = await imports.fileSlice(id, 10, file.length);
    expect(Buffer.concat([head!, rest!])).toEqual(file);
    expect(await imports.fileSlice(id, file.length, 10)).toEqual(Buffer.alloc(0));
  });

  it('markQueued, claim, addBatch and finish walk an import to completed and drop the file', async () => {
    const id = await upload();
    expect(await m.transactions.run(({ manager }) => imports.markQueued(manager, id))).toBe(true);
    expect(await m.transactions.run(({ manager }) => imports.markQueued(manager, id))).toBe(false);
    const claimed = await m.transactions.run(({ manager }) => imports.claim(manager, id));
    expect(claimed).toEqual({ id, organisingBodyId: world.bodyId, format: 'csv', lastLine: 0 });
    await m.transactions.run(({ manager }) =>
      imports.addBatch(manager, id, {
        rows: 3,
        created: 1,
        merged: 1,
        rejected: 1,
        lastLine: 4,
        bytesRead: 30,
      }),
    );
    // A claimed import claimed again (a restarted job) resumes after the committed batch.
    expect(await m.transactions.run(({ manager }) => imports.claim(manager, id))).toMatchObject({
      lastLine: 4,
    });
    await m.transactions.run(({ manager }) => imports.finish(manager, id, null));
    expect(await imports.findById(id)).toMatchObject({
      status: 'completed',
      rowsRead: 3,
      createdCount: 1,
      mergedCount: 1,
      rejectedCount: 1,
      lastLine: 4,
      bytesRead: 30,
      failure: null,
    });
    expect(await imports.storedFileSize(id)).toBeNull();
    expect(await m.transactions.run(({ manager }) => imports.claim(manager, id))).toBeUndefined();
  });

  it('finish with a failure, and markFailed, end an import as failed with the reason', async () => {
    const broken = await upload();
    await m.transactions.run(({ manager }) => imports.markQueued(manager, broken));
    await m.transactions.run(({ manager }) => imports.claim(manager, broken));
    await m.transactions.run(({ manager }) => imports.finish(manager, broken, 'No header'));
    expect(await imports.findById(broken)).toMatchObject({
      status: 'failed',
      failure: 'No header',
    });

    const lost = await upload();
    await m.transactions.run(({ manager }) => imports.markQueued(manager, lost));
    await m.transactions.run(({ manager }) => imports.markFailed(manager, lost, 'stopped'));
    expect(await imports.findById(lost)).toMatchObject({ status: 'failed', failure: 'stopped' });
    // Only a queued or running import is failed this way.
    const fresh = await upload();
    await m.transactions.run(({ manager }) => imports.markFailed(manager, fresh, 'stopped'));
    expect(await imports.findById(fresh)).toMatchObject({ status: 'uploaded', failure: null });
  });

  it('findStalled names queued or running imports without progress for the grace period', async () => {
    const id = await upload();
    await m.transactions.run(({ manager }) => imports.markQueued(manager, id));
    await m.dataSource.query(
      `UPDATE visitor_imports SET updated_at = now() - interval '1 hour' WHERE id = $1`,
      [id],
    );
    const stalled = await m.transactions.run(({ manager }) => imports.findStalled(manager, 60_000));
    expect(stalled).toContain(id);
    const recent = await m.transactions.run(({ manager }) =>
      imports.findStalled(manager, 2 * 3600_000),
    );
    expect(recent).not.toContain(id);
  });
});
