import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { InvitationsModule } from '../invitations.module';
import { createOrganiserWorld } from '../testing/invitations-fixtures';
import { ImportErrorRepository } from './import-error.repository';
import { VisitorImportRepository } from './visitor-import.repository';

describe('ImportErrorRepository (on the real schema)', () => {
  let m: TestModule;
  beforeAll(async () => {
    m = await createTestModule([InvitationsModule]);
  });
  afterAll(() => m.close());

  it('insertMany keeps each refused row; page lists them by line', async () => {
    const world = await createOrganiserWorld(m);
    const errors = m.get(ImportErrorRepository);
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
      await errors.insertMany(manager, importId, [
        { line: 7, field: 'email', message: 'Email is empty' },
        { line: 3, field: 'country', message: '"Narnia" is not a known country' },
      ]);
      await errors.insertMany(manager, importId, []);
      await errors.insertMany(manager, importId, [
        { line: 5, field: 'name', message: 'Name is empty' },
      ]);
    });
    expect(await errors.page(importId, { page: 1, pageSize: 2 })).toEqual({
      total: 3,
      items: [
        { line: 3, field: 'country', message: '"Narnia" is not a known country' },
        { line: 5, field: 'name', message: 'Name is empty' },
      ],
    });
    expect((await errors.page(importId, { page: 2, pageSize: 2 })).items).toEqual([
      { line: 7, field: 'email', message: 'Email is empty' },
    ]);
  });
});
