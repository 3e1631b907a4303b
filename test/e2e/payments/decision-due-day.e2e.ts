import { decodeVietQr } from '@hoicho/accounts/domain';
import { Role } from '@hoicho/platform';
import { inlineQr } from '../../support/inline-qr';
import { createBody, createTestApp, createUser, mailTo, TestApp } from '../../support/test-app';
import {
  applyAndSubmit,
  as,
  createOpenFair,
  createProducerMember,
  dateIn,
} from '../applications/support/applications';

const dmy = (iso: string) => iso.split('-').reverse().join('/');

/**
 * The decision letter asks for the deposit by the day the fair's payment terms give: the terms
 * live in payments (above applications), which fills applications' `DepositDueDays` port.
 */
describe('decision letter: the deposit carries its due day from the payment terms', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('writes the due day in the table and the VietQR block (vi), "now" never', async () => {
    const bodyId = await createBody(t);
    const organiser = await createUser(t, Role.Organiser, { organisingBodyId: bodyId });
    const org = as(t, organiser);
    const fair = await createOpenFair(t, organiser, bodyId);
    await org
      .put(`/api/v1/organising-bodies/${bodyId}/bank-account`, {
        bankBin: '970436',
        accountNumber: '0011004123456',
        holder: 'Sở Công Thương Hà Nội',
      })
      .expect(200);
    await org
      .put(`/api/v1/fairs/${fair.id}/payment-terms`, {
        depositDueDays: 5,
        balanceDaysBeforeOpening: 20,
        reminderDays: 3,
      })
      .expect(200);

    const producer = await createProducerMember(t, 'HTX Gốm Bát Tràng');
    const id = await applyAndSubmit(t, producer, fair.id);
    await org
      .post(`/api/v1/fairs/${fair.id}/applications/${id}/decision`, { decision: 'approved' })
      .expect(200);
    const preview = await org
      .post(`/api/v1/fairs/${fair.id}/applications/decisions/release-preview`, {})
      .expect(200);
    const sample = preview.body.samples.find(
      (s: { decision: string }) => s.decision === 'approved',
    );
    expect(sample.text).toContain(`cần nộp trước ngày ${dmy(dateIn(5))}`);
    // The preview shows the VietQR code the letter will carry, drawn (not a cid: link).
    expect(sample.html).not.toContain('cid:');
    const payload = inlineQr(sample.html);
    expect(payload).toBeDefined();
    expect(decodeVietQr(payload!)).toMatchObject({
      valid: true,
      bin: '970436',
      accountNumber: '0011004123456',
    });
    await org.post(`/api/v1/fairs/${fair.id}/applications/decisions/release`, {}).expect(200);

    const letter = await mailTo(t, producer.email, 2);
    expect(letter.subject).toMatch(/đã được duyệt/);
    const due = dmy(dateIn(5));
    for (const part of [letter.text, letter.html]) {
      expect(part).toContain(`cần nộp trước ngày ${due}`);
      expect(part).toContain(`Hạn nộp: ${due}`);
      expect(part).not.toContain('cần nộp ngay');
    }
    // The producer's screen (payments) says the same day.
    const screen = await as(t, producer).get(`/api/v1/applications/${id}/payment`).expect(200);
    expect(JSON.stringify(screen.body)).toContain(dateIn(5));
  });
});
