import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { InvitationsModule } from '../invitations.module';
import { addVisitor, createOrganiserWorld } from '../testing/invitations-fixtures';
import { ImportDuplicateRepository } from './import-duplicate.repository';
import { VisitorImportRepository } from './visitor-import.repository';

describe('ImportDuplicateRepository (on the real schema)', () => {
  let m: TestModule;
  beforeAll(async () => {
    m = await createTestModule([InvitationsModule]);
  });
  afterAll(() => m.close());

  it('keeps each merged row with what it changed; page lists them by line; a deleted visitor takes its rows', async () => {
    const world = await createOrganiserWorld(m);
    const repo = m.get(ImportDuplicateRepository);
    const an = await addVisitor(m, world.bodyId, {
      email: 'an@lang-gom.vn',
      name: 'Nguyễn Văn An',
    });
    const binh = await addVisitor(m, world.bodyId, {
      email: 'binh@lang-gom.vn',
      name: 'Trần Bình',
    });
    const importId = await m.transactions.run(({ manager }) =>
      m.get(VisitorImportRepository).insert(manager, {
        organisingBodyId: world.bodyId,
        createdBy: world.organiser.id,
        filename: 'khach.csv',
        format: 'csv',
        file: Buffer.from('x'),
      }),
    );
    await m.transactions.run(async ({ manager }) => {
      await repo.insertMany(manager, importId, [
        { line: 9, visitorId: an.id, changed: ['segment', 'tags'] },
        { line: 4, visitorId: binh.id, changed: [] },
      ]);
      await repo.insertMany(manager, importId, []);
    });
    expect(await repo.page(importId, { page: 1, pageSize: 10 })).toEqual({
      total: 2,
      items: [
        { line: 4, email: 'binh@lang-gom.vn', name: 'Trần Bình', changed: [] },
        { line: 9, email: 'an@lang-gom.vn', name: 'Nguyễn Văn An', changed: ['segment', 'tags'] },
      ],
    });
    // The same line twice is a bug in the caller: the database refuses it.
    await expect(
      m.transactions.run(({ manager }) =>
        repo.insertMany(manager, importId, [{ line: 4, visitorId: an.id, changed: [] }]),
      ),
    ).rejects.toThrow(/duplicate key/);

    await m.dataSource.query('DELETE FROM visitors WHERE id = $1', [binh.id]);
    expect((await repo.page(importId, { page: 1, pageSize: 10 })).items).toEqual([
      expect.objectContaining({ line: 9 }),
    ]);
  });
});
