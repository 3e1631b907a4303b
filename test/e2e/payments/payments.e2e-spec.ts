import request from 'supertest';
import { decodeVietQr } from '@hoicho/accounts/domain';
import { PaymentRemindersService } from '@hoicho/payments';
import { Role } from '@hoicho/platform';
import {
  applicantsFixture,
  ApplicantFixture,
  fairFixture,
  FairFixture,
} from '../../support/fair-fixtures';
import { pdfContents } from '../../support/pdf-contents';
import { bearer, createTestApp, createUser, SignedIn, TestApp } from '../../support/test-app';
import { TestModule } from '../../support/test-module';

const MAPPING = {
  date: 'Ngày GD',
  credit: 'Ghi có',
  description: 'Nội dung',
  bankRef: 'Số bút toán',
};
const VCB = '970436';

describe('payments: bank account, VietQR, statement import, settlement, receipts, reminders', () => {
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

  it('refuses a bad bank account naming each field, stores a good one unaccented', async () => {
    const bodyId = fair.organiser.organisingBodyId!;
    const bad = await org().put(`/api/v1/organising-bodies/${bodyId}/bank-account`, {
      bankBin: '123456',
      accountNumber: '12?45',
      holder: 'Sở Công Thương Hà Nội',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'accountNumber',
      'bankBin',
    ]);
    const missing = await org().put(`/api/v1/organising-bodies/${bodyId}/bank-account`, {});
    expect(missing.status).toBe(400);
    expect(missing.body.fields.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(['bankBin', 'accountNumber', 'holder']),
    );
    const good = await org()
      .put(`/api/v1/organising-bodies/${bodyId}/bank-account`, {
        bankBin: VCB,
        accountNumber: '0011 0041 23456',
        holder: 'Sở Công Thương Hà Nội',
      })
      .expect(200);
    expect(good.body).toMatchObject({
      bankShortName: 'Vietcombank',
      accountNumber: '0011004123456',
      holder: 'SO CONG THUONG HA NOI',
    });
    const banks = await org().get('/api/v1/banks').expect(200);
    expect(banks.body.find((b: { bin: string }) => b.bin === VCB).code).toBe('VCB');
  });

  it('shows the producer a VietQR of the deposit that decodes back to bank, account, amount and reference', async () => {
    const app = approved()[0];
    const member = await createUser(t, Role.Producer, { producerId: app.producerId });
    const res = await request(t.http)
      .get(`/api/v1/applications/${app.applicationId}/payment`)
      .set(bearer(member.token))
      .expect(200);
    const { reference, deposit } = refs.get(app.applicationId)!;
    expect(res.body.instructions).toMatchObject({
      accountNumber: '0011004123456',
      amount: deposit,
      reference,
    });
    expect(res.body.instructions.qrSvg).toContain('<svg');
    expect(decodeVietQr(res.body.instructions.qrPayload)).toMatchObject({
      valid: true,
      bin: VCB,
      accountNumber: '0011004123456',
      amount: deposit,
      purpose: reference,
    });
    // Another producer's application is not found.
    const other = await createUser(t, Role.Producer, { producerId: approved()[1].producerId });
    await request(t.http)
      .get(`/api/v1/applications/${app.applicationId}/payment`)
      .set(bearer(other.token))
      .expect(404);
  });

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
      { line: 9, field: 'date', message: expect.stringContaining('31/02/2027') },
      { line: 10, field: 'credit', message: expect.stringContaining('nhiều') },
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

  it('records a payment by hand (4xx naming fields) and prints its receipt with the amount in words', async () => {
    const c = approved()[2].applicationId;
    const bad = await org().post(`/api/v1/fairs/${fair.id}/payments`, {
      applicationId: c,
      amount: '-5',
      paidOn: '05/08/2027',
      method: 'cheque',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'amount',
      'method',
      'paidOn',
    ]);
    const over = await org().post(`/api/v1/fairs/${fair.id}/payments`, {
      applicationId: c,
      amount: '999999999999',
      paidOn: '2027-08-05',
      method: 'cash',
    });
    expect(over.status).toBe(422);
    expect(over.body.code).toBe('overpayment');
    const ok = await org()
      .post(`/api/v1/fairs/${fair.id}/payments`, {
        applicationId: c,
        amount: '1250000',
        paidOn: '2027-08-05',
        method: 'cash',
      })
      .expect(201);
    const pdf = await org()
      .get(`/api/v1/fairs/${fair.id}/payments/${ok.body.id}/receipt.pdf`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfContents(pdf.body as Buffer)
      .text.join('\n')
      .replace(/\s+/g, ' ');
    expect(text).toContain('PHIẾU THU');
    expect(text).toContain(refs.get(c)!.reference);
    expect(text).toContain('Một triệu hai trăm năm mươi nghìn đồng');
    expect(text).toContain('Tiền mặt');
  });

  it('lists who has paid what, filtered', async () => {
    const all = await org().get(`/api/v1/fairs/${fair.id}/payers`).expect(200);
    expect(all.body).toHaveLength(approved().length);
    const unpaid = await org().get(`/api/v1/fairs/${fair.id}/payers?status=unpaid`).expect(200);
    expect(unpaid.body.every((p: { status: string }) => p.status === 'unpaid')).toBe(true);
    const bad = await org().get(`/api/v1/fairs/${fair.id}/payers?status=rich`);
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].field).toBe('status');
  });

  it('sends a reminder once per application and kind, through the outbox', async () => {
    // The deposit falls due today (0 days after release); reminders 3 days ahead.
    await org()
      .put(`/api/v1/fairs/${fair.id}/payment-terms`, {
        depositDueDays: 0,
        balanceDaysBeforeOpening: 20,
        reminderDays: 3,
      })
      .expect(200);
    const badTerms = await org().put(`/api/v1/fairs/${fair.id}/payment-terms`, {
      depositDueDays: 500,
      balanceDaysBeforeOpening: 20,
    });
    expect(badTerms.status).toBe(400);
    expect(
      [...new Set(badTerms.body.fields.map((f: { field: string }) => f.field))].sort(),
    ).toEqual(['depositDueDays', 'reminderDays']);
    const reminders = t.app.get(PaymentRemindersService);
    const first = await reminders.sendDue();
    expect(first).toBeGreaterThan(0);
    expect(await reminders.sendDue()).toBe(0);
    const rows = await t.dataSource.query(
      `SELECT dedupe_key FROM outbox_messages WHERE template = 'payment.reminder' ORDER BY dedupe_key`,
    );
    expect(rows).toHaveLength(first);
    expect(new Set(rows.map((r: { dedupe_key: string }) => r.dedupe_key)).size).toBe(first);
  });

  it('refuses to release a booth whose payment is not overdue', async () => {
    await org()
      .put(`/api/v1/fairs/${fair.id}/payment-terms`, {
        depositDueDays: 30,
        balanceDaysBeforeOpening: 20,
        reminderDays: 3,
      })
      .expect(200);
    const res = await org().post(`/api/v1/fairs/${fair.id}/payments/release-unpaid`, {
      applicationId: approved()[2].applicationId,
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('not_overdue');
  });
});
