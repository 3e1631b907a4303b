import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import request from 'supertest';
import { Clock, Role } from '@hoicho/platform';
import { bearer, createTestApp, createUser, SignedIn, TestApp } from '../../support/test-app';
import { tempStorageDir } from '../exhibitors/support/exhibitors';
import { mailsTo, qrOf } from '../invitations/support/invitations';
import {
  buildCatalogueWorld,
  CatalogueWorld,
  FEE,
  placeBooths,
} from '../showcases/support/catalogue-world';
import { createFairAt, fieldsOf, formToken } from '../showcases/support/showcases';

const FORMULA = '=HYPERLINK("http://evil.example","bấm")';

/** Downloads an export as raw bytes. */
function download(t: TestApp, token: string, path: string) {
  return request(t.http)
    .get(path)
    .set(bearer(token))
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

/** A CSV as Excel reads it: BOM first, then RFC 4180 records (header row included). */
function csvRows(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes.subarray(3).toString('utf8'), { relax_column_count: false });
}

/** The first worksheet's values, as exceljs reads the file back. */
async function xlsxRows(bytes: Buffer): Promise<unknown[][]> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow({ includeEmpty: false }, (row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

describe('exports: CSV (UTF-8 with BOM) and XLSX of the organiser’s own fairs', () => {
  let t: TestApp;
  let w: CatalogueWorld;
  let org: SignedIn;
  const fairExport = (name: string, query: string) =>
    `/api/v1/fairs/${w.fair.fairId}/exports/${name}?${query}`;

  beforeAll(async () => {
    t = await createTestApp({
      STORAGE_DIR: tempStorageDir(),
      RATE_LIMIT_PUBLIC_PER_MINUTE: '1000',
    });
    w = await buildCatalogueWorld(t);
    org = w.fair.organiser;
    // Names as producers and visitors type them, one of them a formula someone planted.
    await t.dataSource.query(
      `UPDATE applications SET producer_name = CASE producer_id
         WHEN $1 THEN 'Xưởng gốm Minh Long' WHEN $2 THEN $3 ELSE 'Cơ sở bạc Đặng Văn Định' END,
         decision_reason = CASE producer_id WHEN $1 THEN '-2+3' ELSE decision_reason END,
         amount_paid = CASE producer_id WHEN $1 THEN 5000000 ELSE 0 END`,
      [w.producers.gom.id, w.producers.may.id, FORMULA],
    );
    await placeBooths(t, w, w.producers.gom.id, ['B-01']);
    for (const visitor of [
      { name: 'Nguyễn Thị Ánh', email: 'anh@example.vn', organisation: 'Công ty Đặng Gia' },
      { name: '@SUM(A1:A9)', email: 'sum@example.vn', tags: ['+84 mua sỉ'] },
    ]) {
      await request(t.http)
        .post(`/api/v1/organising-bodies/${w.fair.bodyId}/visitors`)
        .set(bearer(org.token))
        .send(visitor)
        .expect(201);
    }
    // One visitor registers and is admitted at the gate, on the fair's first morning.
    const now = jest
      .spyOn(t.app.get(Clock), 'now')
      .mockReturnValue(new Date('2026-10-10T09:00:00+07:00'));
    await request(t.http)
      .post(`/api/v1/public/fairs/${w.fair.fairId}/registrations`)
      .send({ name: 'Trần Văn Bình', email: 'binh@example.vn', guests: 2 })
      .expect(202);
    const [ticketMail] = await mailsTo(t, 'binh@example.vn', 1);
    const gate = await createUser(t, Role.GateStaff, { organisingBodyId: w.fair.bodyId });
    await request(t.http)
      .post(`/api/v1/fairs/${w.fair.fairId}/check-ins`)
      .set(bearer(gate.token))
      .send({ code: qrOf(ticketMail), gate: 'Cổng Đông' })
      .expect(200);
    now.mockRestore();
    for (const email of ['a@buyer.example', 'b@buyer.example']) {
      await request(t.http)
        .post(`/api/v1/catalogue/fairs/${w.fair.fairId}/products/${w.products.binh}/inquiries`)
        .send({
          name: 'Anna Schmidt',
          email,
          country: 'DE',
          message: 'Xin báo giá 500 bình.',
          token: formToken(t),
        })
        .expect(202);
    }
  });
  afterAll(() => t.close());

  it('applications as CSV: BOM, Vietnamese intact, formulas neutralised, opens with a header row', async () => {
    const response = await download(t, org.token, fairExport('applications', 'format=csv')).expect(
      200,
    );
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="applications-[0-9a-f]{8}\.csv"/,
    );
    const [header, ...rows] = csvRows(response.body);
    expect(header.slice(0, 3)).toEqual(['Mã hồ sơ', 'Đơn vị', 'Loại hình']);
    const names = rows.map((row) => row[1]).sort();
    expect(names).toContain('Xưởng gốm Minh Long');
    expect(names).toContain(`'${FORMULA}`);
    expect(rows.every((row) => row[header.indexOf('Trạng thái')] === 'Được duyệt')).toBe(true);
  });

  it('decisions and fees as XLSX: amounts are number cells, texts neutralised, English on request', async () => {
    const response = await download(
      t,
      org.token,
      fairExport('decisions-fees', 'format=xlsx&lang=en'),
    ).expect(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const [header, ...rows] = await xlsxRows(response.body);
    expect(header).toEqual([
      'Reference',
      'Producer',
      'Status',
      'Reason',
      'Decided at',
      'Letter sent at',
      'Booth fee (VND)',
      'Subsidy (VND)',
      'Amount due (VND)',
      'Deposit (VND)',
      'Paid (VND)',
    ]);
    const minhLong = rows.find((row) => row[1] === 'Xưởng gốm Minh Long')!;
    expect(minhLong[2]).toBe('Approved');
    expect(minhLong[3]).toBe("'-2+3");
    expect(minhLong[4]).toBeInstanceOf(Date);
    expect(minhLong.slice(6)).toEqual([Number(FEE), 0, Number(FEE), 0, 5000000]);
    expect(rows.find((row) => row[1] === `'${FORMULA}`)).toBeDefined();
  });

  it('booth assignments, check-ins and inquiry counts, each in both formats', async () => {
    const booths = csvRows(
      (await download(t, org.token, fairExport('booth-assignments', 'format=csv')).expect(200))
        .body,
    );
    expect(booths[0].slice(0, 3)).toEqual(['Gian', 'Khu', 'Loại gian']);
    expect(booths.slice(1).map((row) => [row[0], row[1], row[3], row[6]])).toEqual([
      ['B-01', 'Gốm sứ', '12000000', 'Xưởng gốm Minh Long'],
    ]);
    const boothsXlsx = await xlsxRows(
      (await download(t, org.token, fairExport('booth-assignments', 'format=xlsx')).expect(200))
        .body,
    );
    expect(boothsXlsx[1][3]).toBe(12000000);

    const checkIns = csvRows(
      (await download(t, org.token, fairExport('check-ins', 'format=csv')).expect(200)).body,
    );
    expect(checkIns).toHaveLength(2);
    expect(checkIns[1][0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(checkIns[1].slice(1, 4)).toEqual(['Cổng Đông', 'không', 'Trần Văn Bình']);
    expect(checkIns[1].at(-1)).toBe('2');
    const checkInsXlsx = await xlsxRows(
      (await download(t, org.token, fairExport('check-ins', 'format=xlsx')).expect(200)).body,
    );
    expect(checkInsXlsx[1].at(-1)).toBe(2);

    const inquiries = await xlsxRows(
      (await download(t, org.token, fairExport('inquiry-counts', 'format=xlsx')).expect(200)).body,
    );
    expect(inquiries).toEqual([
      ['Sản phẩm', 'Đơn vị', 'Làng nghề', 'Số yêu cầu'],
      ['Bình gốm men lam', 'Xưởng gốm Minh Long', 'Bát Tràng', 2],
    ]);
  });

  it('visitors of the body in Vietnamese order, with planted formulas neutralised', async () => {
    const path = `/api/v1/organising-bodies/${w.fair.bodyId}/exports/visitors`;
    const csv = csvRows((await download(t, org.token, `${path}?format=csv`).expect(200)).body);
    expect(csv.slice(1).map((row) => row[0])).toEqual([
      "'@SUM(A1:A9)",
      'Nguyễn Thị Ánh',
      'Trần Văn Bình',
    ]);
    expect(csv[1][7]).toBe("'+84 mua sỉ");
    expect(csv[2][1]).toBe('Công ty Đặng Gia');
    const xlsx = await xlsxRows(
      (await download(t, org.token, `${path}?format=xlsx`).expect(200)).body,
    );
    expect(xlsx.map((row) => row[0])).toEqual([
      'Họ tên',
      "'@SUM(A1:A9)",
      'Nguyễn Thị Ánh',
      'Trần Văn Bình',
    ]);
  });

  it('answers 404 for another body’s fair or list, 403 to producers, 400 naming a bad format', async () => {
    const other = await createFairAt(t, 'published');
    await download(t, other.organiser.token, fairExport('applications', 'format=csv')).expect(404);
    await download(
      t,
      other.organiser.token,
      `/api/v1/organising-bodies/${w.fair.bodyId}/exports/visitors?format=csv`,
    ).expect(404);
    await download(t, w.producers.gom.member.token, fairExport('check-ins', 'format=csv')).expect(
      403,
    );
    const bad = await request(t.http)
      .get(fairExport('applications', 'format=pdf'))
      .set(bearer(org.token))
      .expect(400);
    expect(fieldsOf(bad)).toEqual(['format']);
  });
});
