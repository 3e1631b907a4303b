import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { InvitationsModule } from '../invitations.module';
import { addVisitor, createOrganiserWorld } from '../testing/invitations-fixtures';
import { VisitorImportRepository } from './visitor-import.repository';
import { VisitorImportRunner } from './visitor-import.runner';
import { VisitorImportsService } from './visitor-imports.service';

/**
 * Addresses that differ only in case (ASCII and Vietnamese capitals in an IDN domain) are one
 * visitor, within the file and against the list, through the import's set-based merge and the
 * bytewise unique index; a non-ASCII local part is a line error, as before.
 */
describe('visitor import: one visitor per address whatever its case', () => {
  let m: TestModule;
  beforeAll(async () => {
    m = await createTestModule([InvitationsModule]);
  });
  afterAll(() => m.close());

  /** Imports `lines` (after the header) into a new body whose list holds `stored`. */
  async function importInto(lines: string[], stored: string[] = []) {
    const world = await createOrganiserWorld(m);
    for (const email of stored) await addVisitor(m, world.bodyId, { email, name: 'Khách Cũ' });
    const body = Buffer.from(['Họ và tên,Email', ...lines].join('\n') + '\n', 'utf8');
    const upload = await m
      .get(VisitorImportsService)
      .upload(
        world.organiser,
        world.bodyId,
        { contentType: 'text/csv', body, file: undefined, filename: 'khach.csv' },
        false,
      );
    const imports = m.get(VisitorImportRepository);
    await m.transactions.run(({ manager }) => imports.markQueued(manager, upload.id));
    await m.get(VisitorImportRunner).run(upload.id);
    const row = (await imports.findById(upload.id))!;
    const list: { email: string; name: string }[] = await m.dataSource.query(
      'SELECT email::text AS email, name FROM visitors WHERE organising_body_id = $1 ORDER BY email',
      [world.bodyId],
    );
    const merged: { line: number; email: string }[] = await m.dataSource.query(
      `SELECT d.line, v.email::text AS email FROM visitor_import_duplicates d
         JOIN visitors v ON v.id = d.visitor_id WHERE d.import_id = $1 ORDER BY d.line`,
      [upload.id],
    );
    const errors: { line: number; field: string }[] = await m.dataSource.query(
      'SELECT line, field FROM visitor_import_errors WHERE import_id = $1 ORDER BY line',
      [upload.id],
    );
    const counts = [row.createdCount, row.mergedCount, row.rejectedCount];
    return { counts, list, merged, errors };
  }

  it('merges capitals and Đ/đ within the file and into the list; line errors stay on their line', async () => {
    const result = await importInto(
      [
        'An Mới,AN@Lang-Nghe.VN',
        'Đỗ,đỗ@lang-nghe.vn',
        'Đức,duc@ĐÀ-NẴNG.vn',
        'Đức Hai,DUC@đà-nẵng.VN',
        'Bình,binh@lang-nghe.vn',
        ',binh2@lang-nghe.vn',
      ],
      ['an@lang-nghe.vn'],
    );
    const duc = 'duc@xn---nng-zna70au54p.vn';
    expect(result.counts).toEqual([2, 2, 2]);
    expect(result.list).toEqual([
      { email: 'an@lang-nghe.vn', name: 'An Mới' },
      { email: 'binh@lang-nghe.vn', name: 'Bình' },
      { email: duc, name: 'Đức Hai' },
    ]);
    expect(result.merged).toEqual([
      { line: 2, email: 'an@lang-nghe.vn' },
      { line: 5, email: duc },
    ]);
    expect(result.errors).toEqual([
      { line: 3, field: 'email' },
      { line: 7, field: 'name' },
    ]);
  });

  it('merges an address repeated in the file when none is on the list', async () => {
    const result = await importInto(['Hà,ha@x.vn', 'Hà Mới,HA@X.VN', 'Lan,lan@x.vn']);
    expect(result.counts).toEqual([2, 1, 0]);
    expect(result.list).toEqual([
      { email: 'ha@x.vn', name: 'Hà Mới' },
      { email: 'lan@x.vn', name: 'Lan' },
    ]);
    expect(result.merged).toEqual([{ line: 3, email: 'ha@x.vn' }]);
  });

  it('merges an address on the list when the file repeats none', async () => {
    const result = await importInto(['Khách,Khach@X.vn', 'Lan,lan@x.vn'], ['khach@x.vn']);
    expect(result.counts).toEqual([1, 1, 0]);
    expect(result.list).toEqual([
      { email: 'khach@x.vn', name: 'Khách' },
      { email: 'lan@x.vn', name: 'Lan' },
    ]);
    expect(result.merged).toEqual([{ line: 2, email: 'khach@x.vn' }]);
  });

  it('creates every address of a file that repeats none and finds none listed', async () => {
    const result = await importInto(['Hà,ha@x.vn', 'Lan,lan@x.vn'], ['khach@x.vn']);
    expect(result.counts).toEqual([2, 0, 0]);
    expect(result.list.map((v) => v.email)).toEqual(['ha@x.vn', 'khach@x.vn', 'lan@x.vn']);
    expect(result.merged).toEqual([]);
  });
});
