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

const VCB = '970436';

describe('payments: bank account, VietQR, manual payments and receipts, payers, reminders, release', () => {
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
