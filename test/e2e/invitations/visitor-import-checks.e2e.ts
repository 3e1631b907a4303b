import request from 'supertest';
import { Workbook } from 'exceljs';
import { VisitorImportRunner } from '@hoicho/invitations/imports/visitor-import.runner';
import { bearer, createTestApp, TestApp } from '../../support/test-app';
import {
  addVisitor,
  Body,
  ImportView,
  importFile,
  setUpBody,
  waitUntil,
} from './support/invitations';

/**
 * Issue 20's checks at the speed of issue 21's import: phones checked and stored as E.164,
 * a repeated address or phone reported on its line (in the file or against the list),
 * Vietnamese headers in any case and without diacritics, countries by name or code.
 */
const LIST = [
  'HỌ TÊN;thu dien tu;Dien thoai;quoc gia;Đơn vị;thẻ', //                                1
  'Nguyễn An;an@lang-nghe.vn;0912 345 678;Việt Nam;HTX Gốm;gốm', //                     2 created
  'Trần Bình;binh@lang-nghe.vn;+84912345678;VN;;', //                                   3 phone of line 2
  'Lê Châu;chau@lang-nghe.vn;0912abc;;;', //                                            4 bad phone
  'Anna Schmidt;anna@haus.de;030 1234567;Đức;Haus GmbH;', //                            5 created, +49
  'Kim Min-jun;kim@seoul.kr;010-1234-5678;Hàn Quốc;;', //                               6 created, +82
  'John Smith;john@shop.us;;USA;;', //                                                  7 alpha-3
  'Jane Doe;jane@shop.uk;;gbr;;', //                                                    8 alpha-3, lower case
  'Hans Weber;hans@haus.de;;Germany;;', //                                              9 English name
  'Min Lee;min@seoul.kr;;South Korea;;', //                                             10 English name
  'Nguyễn Văn An;AN@lang-nghe.vn;0912345678;;;mây tre', //                              11 repeats line 2
  'Đỗ Dũng;dung@lang-nghe.vn;0987 654 321;;;', //                                       12 phone of a listed visitor
  'Khách Cũ;cu@lang-nghe.vn;;;;', //                                                    13 repeats a listed visitor
  'Hoàng Em;em@lang-nghe.vn;;Narnia;;', //                                              14 bad country
  '',
].join('\r\n');

const EXPECTED_ERRORS = [
  {
    line: 3,
    field: 'phone',
    message: 'The phone +84912345678 is already on line 2 (an@lang-nghe.vn)',
  },
  { line: 4, field: 'phone', message: '"0912abc" is not a valid phone number' },
  {
    line: 12,
    field: 'phone',
    message: 'The phone +84987654321 is already that of cu@lang-nghe.vn, on the list',
  },
  { line: 14, field: 'country', message: '"Narnia" is not a known country' },
];

describe('visitor import checks: phones, repeated rows, Vietnamese headers, countries', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const get = (body: Body, path: string) =>
    request(t.http).get(`/api/v1/${path}`).set(bearer(body.organiser.token)).expect(200);
  const visitorsOf = async (body: Body) =>
    Object.fromEntries(
      (
        (await get(body, `organising-bodies/${body.id}/visitors?pageSize=100`)).body.items as {
          email: string;
        }[]
      ).map((v) => [v.email, v]),
    );

  async function listedBody(): Promise<Body> {
    const body = await setUpBody(t);
    await addVisitor(t, body.organiser.token, body.id, {
      name: 'Khách Cũ',
      email: 'cu@lang-nghe.vn',
      phone: '+84987654321',
    });
    return body;
  }

  async function expectOutcome(body: Body, done: ImportView) {
    expect(done).toMatchObject({
      status: 'completed',
      counts: { created: 7, merged: 2, rejected: 4 },
      progress: { rowsRead: 13, percent: 100 },
    });
    const errors = await get(body, `visitor-imports/${done.id}/errors`);
    expect(errors.body.items).toEqual(EXPECTED_ERRORS);
    // Repeated addresses are merged and told, each on its line, never silently.
    const duplicates = await get(body, `visitor-imports/${done.id}/duplicates`);
    expect(duplicates.body.items).toEqual([
      { line: 11, email: 'an@lang-nghe.vn', name: 'Nguyễn Văn An', changed: ['name', 'tags'] },
      { line: 13, email: 'cu@lang-nghe.vn', name: 'Khách Cũ', changed: [] },
    ]);
    const visitors = await visitorsOf(body);
    expect(Object.keys(visitors).sort()).toEqual(
      [
        'an@lang-nghe.vn',
        'anna@haus.de',
        'cu@lang-nghe.vn',
        'hans@haus.de',
        'jane@shop.uk',
        'john@shop.us',
        'kim@seoul.kr',
        'min@seoul.kr',
      ].sort(),
    );
    expect(visitors['an@lang-nghe.vn']).toMatchObject({
      phone: '+84912345678',
      country: 'VN',
      organisation: 'HTX Gốm',
      tags: ['gốm', 'mây tre'],
    });
    expect(visitors['anna@haus.de']).toMatchObject({ phone: '+49301234567', country: 'DE' });
    expect(visitors['kim@seoul.kr']).toMatchObject({ phone: '+821012345678', country: 'KR' });
    expect(visitors['john@shop.us']).toMatchObject({ country: 'US' });
    expect(visitors['jane@shop.uk']).toMatchObject({ country: 'GB' });
    expect(visitors['hans@haus.de']).toMatchObject({ country: 'DE' });
    expect(visitors['min@seoul.kr']).toMatchObject({ country: 'KR' });
    expect(visitors['cu@lang-nghe.vn']).toMatchObject({ phone: '+84987654321' });
  }

  it('keeps the good lines and refuses the bad ones, each on its line', async () => {
    const body = await listedBody();
    const { upload, done } = await importFile(t, body.organiser.token, body.id, LIST);
    // The preview already normalises and refuses what the stream checks.
    expect(upload.preview[0].visitor).toMatchObject({ phone: '+84912345678', tags: ['gốm'] });
    expect(upload.preview[2].errors).toEqual([
      { line: 4, field: 'phone', message: '"0912abc" is not a valid phone number' },
    ]);
    await expectOutcome(body, done);
  });

  it('gives the same outcome when the rows come in many chunks, and reports progress per chunk', async () => {
    const runner = t.app.get(VisitorImportRunner);
    const chunkRows = runner.chunkRows;
    runner.chunkRows = 2; // a repeated phone or address now lies in an earlier, committed chunk
    try {
      const body = await listedBody();
      const upload = await request(t.http)
        .post(`/api/v1/organising-bodies/${body.id}/visitor-imports?start=true`)
        .set(bearer(body.organiser.token))
        .set('Content-Type', 'text/csv')
        .send(Buffer.from(LIST, 'utf8'))
        .expect(201);
      const seen: ImportView[] = [];
      const done = await waitUntil('the import to finish', async () => {
        const view = (await get(body, `visitor-imports/${upload.body.id}`)).body as ImportView;
        seen.push(view);
        return view.status === 'completed' && view;
      });
      await expectOutcome(body, done);
      for (const [before, after] of seen.slice(1).map((view, i) => [seen[i], view])) {
        expect(after.progress.rowsRead).toBeGreaterThanOrEqual(before.progress.rowsRead);
        expect(after.progress.percent).toBeGreaterThanOrEqual(before.progress.percent);
      }
      // Each chunk committed its progress: rows read move in steps of the chunk's size.
      expect(
        seen.every((view) => view.progress.rowsRead % 2 === 0 || view.progress.rowsRead === 13),
      ).toBe(true);
    } finally {
      runner.chunkRows = chunkRows;
    }
  });

  it('reads XLSX phone cells typed as numbers through their format: the "+" and leading 0 stay', async () => {
    const body = await setUpBody(t);
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Khách');
    sheet.addRow(['Họ tên', 'Email', 'Số điện thoại', 'Quốc gia']);
    sheet.addRow(['Ngô Lan', 'lan@lang-nghe.vn', 912345670, 'VN']).getCell(3).numFmt = '0000000000';
    sheet.addRow(['Park Ji', 'park@seoul.kr', 821098765432, 'KOR']).getCell(3).numFmt = '"+"0';
    sheet.addRow(['Vũ Linh', 'linh@lang-nghe.vn', 987654320, '']); // General: the 0 is gone
    sheet.addRow(['Lý Sai', 'sai@lang-nghe.vn', '0912abc', '']);
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
      counts: { created: 3, merged: 0, rejected: 1 },
    });
    const visitors = await visitorsOf(body);
    expect(visitors['lan@lang-nghe.vn']).toMatchObject({ phone: '+84912345670' });
    expect(visitors['park@seoul.kr']).toMatchObject({ phone: '+821098765432', country: 'KR' });
    expect(visitors['linh@lang-nghe.vn']).toMatchObject({ phone: '+84987654320' });
    const errors = await get(body, `visitor-imports/${done.id}/errors`);
    expect(errors.body.items).toEqual([
      { line: 5, field: 'phone', message: '"0912abc" is not a valid phone number' },
    ]);
  });
});
