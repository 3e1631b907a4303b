import { Role } from '@hoicho/platform';
import { createBody, createTestApp, createUser, SignedIn, TestApp } from '../../support/test-app';
import {
  application,
  applyAndSubmit,
  as,
  count,
  createOpenFair,
  createProducerMember,
  messagesTo,
  OpenFair,
} from './support/applications';
import { mailTo } from '../../support/test-app';

const OPEN_SUPPORT = {
  nameVi: 'Hỗ trợ OCOP Hà Nội',
  ratePercent: 50,
  maxBoothsPerProducer: 2,
  totalBudget: '100000000',
  requireRecognisedCraftVillage: false,
  minOcopStars: null,
  allowedLegalForms: [],
};

describe('a producer filling in the form: the other applicants by name, the price unsaved', () => {
  let t: TestApp;
  let organiser: SignedIn;
  let fair: OpenFair;
  beforeAll(async () => {
    t = await createTestApp();
    const bodyId = await createBody(t);
    organiser = await createUser(t, Role.Organiser, { organisingBodyId: bodyId });
    fair = await createOpenFair(t, organiser, bodyId, { programme: OPEN_SUPPORT });
  });
  afterAll(() => t.close());

  it('names the producers with a submitted application, never drafts, the caller or contacts', async () => {
    const gom = await createProducerMember(t, 'HTX Gốm Bát Tràng');
    const lua = await createProducerMember(t, 'Cơ sở Lụa Vạn Phúc');
    const drafting = await createProducerMember(t, 'Hộ Nháp');
    const me = await createProducerMember(t, 'HTX Mây tre đan Phú Vinh');
    await applyAndSubmit(t, gom, fair.id);
    await applyAndSubmit(t, lua, fair.id);
    await applyAndSubmit(t, me, fair.id);
    await as(t, drafting).post(`/api/v1/fairs/${fair.id}/applications`, application()).expect(201);

    const answer = await as(t, me).get(`/api/v1/fairs/${fair.id}/applicants`).expect(200);
    expect(answer.body).toEqual([
      { producerId: lua.producerId, name: 'Cơ sở Lụa Vạn Phúc' },
      { producerId: gom.producerId, name: 'HTX Gốm Bát Tràng' },
    ]);

    await as(t, organiser).get(`/api/v1/fairs/${fair.id}/applicants`).expect(403);
    await as(t, me).get(`/api/v1/fairs/${gom.producerId}/applicants`).expect(404);
    const bad = await as(t, me).get(`/api/v1/fairs/not-a-uuid/applicants`).expect(400);
    expect(JSON.stringify(bad.body)).toContain('fairId');
  });

  it('prices wishes not saved yet as the saved draft would be priced, writing nothing', async () => {
    const me = await createProducerMember(t, 'Hộ kinh doanh Gốm Thanh');
    const wishes = application({ boothsWanted: 3, supportProgrammeId: fair.programmeId });
    const before = await count(t, 'SELECT count(*) FROM applications');
    const preview = await as(t, me)
      .post(`/api/v1/fairs/${fair.id}/application-quote`, wishes)
      .expect(200);
    // 3 booths at 12,000,000; support pays half of two of them.
    expect(preview.body).toEqual({
      fee: '36000000',
      subsidy: '12000000',
      budgetLimited: false,
      amountDue: '24000000',
      depositPercent: 50,
      deposit: '12000000',
      balance: '12000000',
      programme: 'Hỗ trợ OCOP Hà Nội',
      unmet: [],
    });
    expect(await count(t, 'SELECT count(*) FROM applications')).toBe(before);

    const draft = await as(t, me).post(`/api/v1/fairs/${fair.id}/applications`, wishes).expect(201);
    const saved = await as(t, me).get(`/api/v1/applications/${draft.body.id}/quote`).expect(200);
    expect(saved.body).toEqual(preview.body);
  });

  it('refuses wishes the fair cannot take with a 400 naming the field', async () => {
    const me = await createProducerMember(t, 'HTX Sơn mài Hạ Thái');
    const unknownZone = await as(t, me)
      .post(`/api/v1/fairs/${fair.id}/application-quote`, application({ zones: ['khong-co'] }))
      .expect(400);
    expect(unknownZone.body.fields).toEqual([expect.objectContaining({ field: 'zones.0' })]);

    const tooMany = await as(t, me)
      .post(`/api/v1/fairs/${fair.id}/application-quote`, application({ boothsWanted: 99 }))
      .expect(400);
    expect(tooMany.body.fields.map((f: { field: string }) => f.field)).toContain('boothsWanted');

    const self = await as(t, me)
      .post(
        `/api/v1/fairs/${fair.id}/application-quote`,
        application({ nearProducerIds: [me.producerId] }),
      )
      .expect(400);
    expect(self.body.fields).toEqual([expect.objectContaining({ field: 'nearProducerIds.0' })]);

    await as(t, organiser)
      .post(`/api/v1/fairs/${fair.id}/application-quote`, application())
      .expect(403);
  });

  it('acknowledges a submission by mail to the member who submitted, once', async () => {
    const me = await createProducerMember(t, 'HTX Khảm trai Chuyên Mỹ');
    const draft = await as(t, me)
      .post(`/api/v1/fairs/${fair.id}/applications`, application({ boothsWanted: 2 }))
      .expect(201);
    expect(messagesTo(t, me.email)).toHaveLength(0);
    await as(t, me).post(`/api/v1/applications/${draft.body.id}/submit`).expect(200);
    const receipt = await mailTo(t, me.email);
    expect(receipt.subject).toBe(`Đã nhận hồ sơ ${draft.body.reference}: Hội chợ làng nghề Hà Nội`);
    expect(receipt.text).toContain('HTX Khảm trai Chuyên Mỹ (2 gian hàng)');
    expect(receipt.text).toContain(`/applications/${draft.body.id}`);

    await as(t, me).post(`/api/v1/applications/${draft.body.id}/submit`).expect(409);
    expect(
      await count(
        t,
        `SELECT count(*) FROM outbox_messages WHERE template = 'application.received' AND recipient = $1`,
        [me.email.toLowerCase()],
      ),
    ).toBe(1);
  });
});
