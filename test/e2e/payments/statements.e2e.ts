import request from 'supertest';
import { Role } from '@hoicho/platform';
import {
  applicantsFixture,
  ApplicantFixture,
  fairFixture,
  FairFixture,
} from '../../support/fair-fixtures';
import { bearer, createTestApp, createUser, SignedIn, TestApp } from '../../support/test-app';
import { TestModule } from '../../support/test-module';

const MAPPING = {
  date: 'Ngày GD',
  credit: 'Ghi có',
  description: 'Nội dung',
  bankRef: 'Số bút toán',
};
const VCB = '970436';

describe('payments: statement imports matched by reference, never counted twice, settled by a person', () => {
  let t: TestApp;
  let fair: FairFixture;
  let apps: ApplicantFixture[];
  let organiser: SignedIn;
  let refs: Map<string, { reference: string; amountDue: string; deposit: string }>;

  const org = () => ({
    get: (url: string) => request(t.http).get(url).set(bearer(organiser.token)),
    post: (url: string, body?: object) =>
      request(t.http).post(url).set(bearer(organiser.token)).send(body),
    put: (url: string, body: object) =>
      request(t.http).put(url).set(bearer(organiser.token)).send(body),
  });
  const approved = () => apps.filter((a) => a.status === 'approved' && a.pendingDecision === null);
  const paid = async (id: string) =>
    (await t.dataSource.query('SELECT amount_paid FROM applications WHERE id = $1', [id]))[0]
      .amount_paid;
  const upload = (csv: string, mapping?: object) => {
    const req = request(t.http)
      .post(`/api/v1/fairs/${fair.id}/statement-imports`)
      .set(bearer(organiser.token))
      .field('bankBin', VCB);
    if (mapping) req.field('mapping', JSON.stringify(mapping));
    return req.attach('file', Buffer.from(csv, 'utf8'), 'sao-ke.csv');
  };

  beforeAll(async () => {
    t = await createTestApp();
    const m = {
      dataSource: t.dataSource,
      get: (type: never) => t.app.get(type),
    } as unknown as TestModule;
    fair = await fairFixture(m);
    apps = await applicantsFixture(m, fair, 5);
    organiser = await createUser(t, Role.Organiser, {
      organisingBodyId: fair.organiser.organisingBodyId!,
    });
    const rows: { id: string; reference: string; amount_due: string; deposit: string }[] =
      await t.dataSource.query(
        'SELECT id, reference, amount_due, deposit FROM applications WHERE fair_id = $1',
        [fair.id],
      );
    refs = new Map(
      rows.map((r) => [
        r.id,
        { reference: r.reference, amountDue: r.amount_due, deposit: r.deposit },
      ]),
    );
  });
  afterAll(() => t.close());

  it('imports a statement: exact, partial, over-paid, unmatched; bad lines by line and field; never twice', async () => {
    const [a, b, c] = approved().map((x) => ({
      id: x.applicationId,
      ...refs.get(x.applicationId)!,
    }));
    const spaced = (ref: string) => `hc ${ref.slice(3, 7).toLowerCase()} ${ref.slice(7)}`;
    const csv = [
      'NGÂN HÀNG TMCP NGOẠI THƯƠNG VIỆT NAM;;;;',
      'SAO KÊ TÀI KHOẢN 0011004123456;;;;',
      'Ngày GD;Số bút toán;Ghi nợ;Ghi có;Nội dung',
      `05/08/2027;FT001;;${Number(a.deposit).toLocaleString('vi-VN')};MBVCB.1.${a.reference}.Nguyen Van An chuyen khoan`,
      `05/08/2027;FT002;;1.000.000;${spaced(b.reference)} dat coc`,
      `06/08/2027;FT003;;${BigInt(c.amountDue) + 500000n};Thanh toán ${c.reference.replace('-', ' ')}`,
      '06/08/2027;FT004;;2.000.000;tien gian hang',
      '06/08/2027;FT005;150.000;;phi dich vu',
      `31/02/2027;FT006;;1.000.000;${a.reference}`,
      `07/08/2027;FT007;;nhiều;${a.reference}`,
    ].join('\n');
    const first = await upload(csv, MAPPING).expect(201);
    expect(first.body.counts).toEqual({
      lines: 7,
      credits: 4,
      exact: 1,
      partial: 1,
      over_paid: 1,
      unmatched: 1,
      duplicate: 0,
      skipped: 1,
      errors: 2,
    });
    expect(first.body.errors).toEqual([
      expect.objectContaining({ line: 9, field: 'date', code: 'date_invalid' }),
      expect.objectContaining({ line: 10, field: 'credit', code: 'amount_invalid' }),
    ]);
    expect(await paid(a.id)).toBe(a.deposit);
    expect(await paid(b.id)).toBe('1000000');
    expect(await paid(c.id)).toBe('0');
    // The same statement again (the mapping saved for this bank is reused): all duplicates.
    const again = await upload(csv).expect(201);
    expect(again.body.counts).toMatchObject({
      credits: 4,
      duplicate: 4,
      exact: 0,
      partial: 0,
      over_paid: 0,
      unmatched: 0,
    });
    expect(await paid(a.id)).toBe(a.deposit);
    expect(await paid(b.id)).toBe('1000000');
    // The database refuses a second count of one bank transaction whatever the code does.
    await expect(
      t.dataSource.query(
        `INSERT INTO statement_lines (import_id, fair_id, organising_body_id, line, booked_on, amount,
           description, tx_key, outcome, state)
         SELECT import_id, fair_id, organising_body_id, 99, booked_on, amount, description, tx_key, 'unmatched', 'open'
           FROM statement_lines WHERE tx_key = 'ref:FT001' AND outcome <> 'duplicate'`,
      ),
    ).rejects.toThrow(/statement_lines_transaction_once/);
  });

  it('settles open lines: assign an unmatched one, ignore another; a settled line is 409', async () => {
    const open = await org().get(`/api/v1/fairs/${fair.id}/statement-lines/open`).expect(200);
    expect(open.body.map((l: { outcome: string }) => l.outcome).sort()).toEqual([
      'over_paid',
      'unmatched',
    ]);
    const unmatched = open.body.find((l: { outcome: string }) => l.outcome === 'unmatched');
    const overPaid = open.body.find((l: { outcome: string }) => l.outcome === 'over_paid');
    const b = approved()[1].applicationId;
    const missing = await org().post(
      `/api/v1/fairs/${fair.id}/statement-lines/${unmatched.id}/settle`,
      { action: 'assign' },
    );
    expect(missing.status).toBe(400);
    expect(missing.body.fields[0].field).toBe('applicationId');
    await org()
      .post(`/api/v1/fairs/${fair.id}/statement-lines/${unmatched.id}/settle`, {
        action: 'assign',
        applicationId: b,
      })
      .expect(201);
    expect(await paid(b)).toBe('3000000');
    await org()
      .post(`/api/v1/fairs/${fair.id}/statement-lines/${overPaid.id}/settle`, { action: 'ignore' })
      .expect(201);
    const twice = await org().post(
      `/api/v1/fairs/${fair.id}/statement-lines/${overPaid.id}/settle`,
      { action: 'ignore' },
    );
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('line_settled');
  });

  it('reads an XLSX statement (date and number cells, a title block) and names missing columns', async () => {
    const { Workbook } = await import('exceljs');
    const book = new Workbook();
    const sheet = book.addWorksheet('Sao kê');
    const c = approved()[2].applicationId;
    sheet.addRow(['SAO KÊ TÀI KHOẢN']);
    sheet.addRow(['Ngày GD', 'Số bút toán', 'Ghi nợ', 'Ghi có', 'Nội dung']);
    sheet.addRow([
      new Date('2027-08-09T00:00:00Z'),
      'XL001',
      null,
      500000,
      `CK ${refs.get(c)!.reference}`,
    ]);
    const data = Buffer.from(await book.xlsx.writeBuffer());
    const xlsx = await request(t.http)
      .post(`/api/v1/fairs/${fair.id}/statement-imports`)
      .set(bearer(organiser.token))
      .field('bankBin', VCB)
      .attach('file', data, 'sao-ke.xlsx')
      .expect(201);
    expect(xlsx.body.counts).toMatchObject({ lines: 1, credits: 1, partial: 1, errors: 0 });
    expect(await paid(c)).toBe('500000');
    const wrong = await request(t.http)
      .post(`/api/v1/fairs/${fair.id}/statement-imports`)
      .set(bearer(organiser.token))
      .field('bankBin', VCB)
      .field('mapping', JSON.stringify({ ...MAPPING, description: 'Diễn giải' }))
      .attach('file', data, 'sao-ke.xlsx');
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('statement_unreadable');
    expect(wrong.body.fields).toEqual([expect.objectContaining({ field: 'mapping.description' })]);
    const noBank = await request(t.http)
      .post(`/api/v1/fairs/${fair.id}/statement-imports`)
      .set(bearer(organiser.token))
      .field('bankBin', '12')
      .attach('file', data, 'sao-ke.xlsx');
    expect(noBank.status).toBe(400);
    expect(noBank.body.fields[0].field).toBe('bankBin');
  });
});
