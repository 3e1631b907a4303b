import request from 'supertest';
import { Workbook } from 'exceljs';
import { bearer, createTestApp, TestApp } from '../../support/test-app';
import { addVisitor, Body, importFile, setUpBody } from './support/invitations';

/**
 * A list as people export it: BOM, semicolons, CRLF, Vietnamese headers and names, a quoted
 * organisation with a line break, a blank line, bad emails, an unknown country, a duplicate of
 * an earlier row and a duplicate of a visitor already on the list.
 */
const MESSY_CSV = [
  '\uFEFFHọ và tên;Email;Tổ chức;Quốc gia;Ngôn ngữ;Phân loại;Nhãn;Đồng ý', //             1
  'Nguyễn Văn An;An.Nguyen@Example.VN;HTX Mây tre Phú Vinh;Việt Nam;Tiếng Việt;Người mua;mây tre;x', // 2 created
  'Trần Thị Bình;binh.tran@example;Gốm Bát Tràng;VN;vi;buyer;;có', //                      3 bad domain
  'Lê Minh Châu;chau.le@example.vn;"Công ty Lụa', //                                        4 created
  'Vạn Phúc";Vietnam;;press;;', //                                                          5 (same record)
  'Phạm Thu Hà;;;;;;;', //                                                                  6 empty email
  'John Smith;john.smith@buyer.co.uk;Smith Imports Ltd;United Kingdom;English;buyer;gốm;yes', // 7 created
  '', //                                                                                    8 blank
  'NGUYỄN VĂN AN;an.nguyen@example.vn;;;;vip;Gốm;', //                                       9 merged (row 2)
  'Đặng Thị Ánh;anh.dang@@example.vn;;;;;;', //                                             10 bad email
  'Hoàng Văn Em;em.hoang@example.vn;;Narnia;;;;', //                                        11 bad country
  'Vũ Thị Phương;phuong.vu@example.vn;Làng nghề Chuyên Mỹ;VN;vi;khách tham quan;khảm trai;không', // 12 created
  'Yuki Tanaka;TANAKA@buyer.jp;Tanaka Trading;Japan;;buyer;;', //                            13 merged (stored)
  '',
].join('\r\n');

describe('visitor import (CSV and XLSX)', () => {
  let t: TestApp;
  let body: Body;

  beforeAll(async () => {
    t = await createTestApp();
    body = await setUpBody(t);
  });
  afterAll(() => t.close());

  const visitors = async () =>
    (
      await request(t.http)
        .get(`/api/v1/organising-bodies/${body.id}/visitors?pageSize=100`)
        .set(bearer(body.organiser.token))
        .expect(200)
    ).body;

  it('imports a messy CSV: exact counts of created, merged and rejected rows, each refusal with its line', async () => {
    await addVisitor(t, body.organiser.token, body.id, {
      name: 'Tanaka Yuki',
      email: 'tanaka@buyer.jp',
      tags: ['importer'],
    });

    const { upload, done } = await importFile(t, body.organiser.token, body.id, MESSY_CSV);

    // The preview shows the first rows as they will be imported, refusals included.
    expect(upload.status).toBe('uploaded');
    expect(upload.preview.map((row) => [row.line, row.errors ? 'error' : 'ok'])).toEqual([
      [2, 'ok'],
      [3, 'error'],
      [4, 'ok'],
      [6, 'error'],
      [7, 'ok'],
      [9, 'ok'],
      [10, 'error'],
      [11, 'error'],
      [12, 'ok'],
      [13, 'ok'],
    ]);
    expect(upload.preview[0].visitor).toMatchObject({
      name: 'Nguyễn Văn An',
      email: 'an.nguyen@example.vn',
    });

    expect(done.status).toBe('completed');
    expect(done.counts).toEqual({ created: 4, merged: 2, rejected: 4 });
    expect(done.progress).toMatchObject({ rowsRead: 10, percent: 100 });

    const errors = await request(t.http)
      .get(`/api/v1/visitor-imports/${done.id}/errors`)
      .set(bearer(body.organiser.token))
      .expect(200);
    expect(errors.body.total).toBe(4);
    expect(errors.body.items).toEqual([
      { line: 3, field: 'email', message: 'Email domain is not valid' },
      { line: 6, field: 'email', message: 'Email is empty' },
      { line: 10, field: 'email', message: 'Email is not a valid address' },
      { line: 11, field: 'country', message: '"Narnia" is not a known country' },
    ]);

    // The two repeated addresses are reported by line with what each changed, not merged silently.
    const duplicates = await request(t.http)
      .get(`/api/v1/visitor-imports/${done.id}/duplicates`)
      .set(bearer(body.organiser.token))
      .expect(200);
    expect(duplicates.body).toMatchObject({ total: 2 });
    expect(duplicates.body.items).toEqual([
      {
        line: 9,
        email: 'an.nguyen@example.vn',
        name: 'NGUYỄN VĂN AN',
        changed: ['name', 'segment', 'tags'],
      },
      {
        line: 13,
        email: 'tanaka@buyer.jp',
        name: 'Yuki Tanaka',
        changed: ['name', 'organisation', 'country', 'segment'],
      },
    ]);

    const list = await visitors();
    expect(list.total).toBe(5);
    const byEmail = Object.fromEntries(
      (list.items as { email: string }[]).map((v) => [v.email, v]),
    );
    // Row 9 merged into row 2: newer non-empty cells win, tags are united, nothing erased.
    expect(byEmail['an.nguyen@example.vn']).toMatchObject({
      name: 'NGUYỄN VĂN AN',
      organisation: 'HTX Mây tre Phú Vinh',
      segment: 'vip',
      tags: ['mây tre', 'Gốm'],
      language: 'vi',
      consent: true,
      source: 'import',
    });
    expect(byEmail['chau.le@example.vn']).toMatchObject({
      organisation: 'Công ty Lụa Vạn Phúc',
      segment: 'press',
      country: 'VN',
    });
    expect(byEmail['john.smith@buyer.co.uk']).toMatchObject({
      country: 'GB',
      language: 'en',
      mailLanguage: 'en',
    });
    expect(byEmail['phuong.vu@example.vn']).toMatchObject({ segment: 'public', consent: false });
    // The stored visitor kept its tag and source and took the list's details.
    expect(byEmail['tanaka@buyer.jp']).toMatchObject({
      name: 'Yuki Tanaka',
      organisation: 'Tanaka Trading',
      country: 'JP',
      mailLanguage: 'en',
      tags: ['importer'],
      source: 'manual',
    });

    // Search ignores diacritics and đ.
    const found = await request(t.http)
      .get(`/api/v1/organising-bodies/${body.id}/visitors?q=chuyen my`)
      .set(bearer(body.organiser.token))
      .expect(200);
    expect(found.body.items.map((v: { email: string }) => v.email)).toEqual([
      'phuong.vu@example.vn',
    ]);

    // Importing the same file again creates nobody: every good row merges.
    const again = await importFile(t, body.organiser.token, body.id, MESSY_CSV);
    expect(again.done.counts).toEqual({ created: 0, merged: 6, rejected: 4 });
    const repeated = await request(t.http)
      .get(`/api/v1/visitor-imports/${again.done.id}/duplicates?pageSize=3`)
      .set(bearer(body.organiser.token))
      .expect(200);
    expect(repeated.body.total).toBe(6);
    // Row 2 now repeats a stored visitor: its name differs from the merged one, nothing else.
    expect(repeated.body.items.map((d: { line: number; changed: string[] }) => d)).toEqual([
      expect.objectContaining({ line: 2, changed: ['name', 'segment'] }),
      expect.objectContaining({ line: 4, changed: [] }),
      expect.objectContaining({ line: 7, changed: [] }),
    ]);
    expect((await visitors()).total).toBe(5);
  });

  it('imports the first sheet of an XLSX workbook with English headers', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Buyers');
    sheet.addRow(['Full name', 'E-mail', 'Company', 'Phone', 'Segment']);
    sheet.addRow([
      'Kim Min-jun',
      'minjun.kim@seoul-import.kr',
      'Seoul Import Co.',
      821012345678,
      'buyer',
    ]);
    sheet.addRow(['Đỗ Quang Huy', 'not an email', '', '', '']);
    sheet.addRow(['Ngô Thị Lan', 'lan.ngo@example.vn', 'Báo Kinh tế', '0912 345 678', 'báo chí']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const { done } = await importFile(
      t,
      body.organiser.token,
      body.id,
      file,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(done).toMatchObject({
      status: 'completed',
      counts: { created: 2, merged: 0, rejected: 1 },
    });
    const errors = await request(t.http)
      .get(`/api/v1/visitor-imports/${done.id}/errors`)
      .set(bearer(body.organiser.token))
      .expect(200);
    expect(errors.body.items).toEqual([
      { line: 3, field: 'email', message: 'Email is not a valid address' },
    ]);
    const list = await visitors();
    const kim = list.items.find((v: { email: string }) => v.email === 'minjun.kim@seoul-import.kr');
    // The number cell lost its "+"; the phone check puts it back (issue 20).
    expect(kim).toMatchObject({ phone: '+821012345678', segment: 'buyer' });
  });

  it('refuses a file without the required columns with the reason, and stores nothing', async () => {
    const response = await request(t.http)
      .post(`/api/v1/organising-bodies/${body.id}/visitor-imports`)
      .set(bearer(body.organiser.token))
      .set('Content-Type', 'text/csv')
      .send(Buffer.from('Tên;Điện thoại\nAn;0912345678\n'))
      .expect(400);
    expect(response.body.fields).toEqual([
      expect.objectContaining({
        field: 'header',
        line: 1,
        message: expect.stringMatching(/email/),
      }),
    ]);
  });
});
