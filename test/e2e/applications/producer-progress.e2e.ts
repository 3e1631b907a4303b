import { Role } from '@hoicho/platform';
import { createBody, createTestApp, createUser, SignedIn, TestApp } from '../../support/test-app';
import {
  application,
  as,
  createOpenFair,
  createProducerMember,
  OpenFair,
} from './support/applications';

/** Open to every legal form and village, so a fresh producer qualifies. */
const OPEN_SUPPORT = {
  nameVi: 'Hỗ trợ OCOP Hà Nội',
  ratePercent: 50,
  maxBoothsPerProducer: 2,
  totalBudget: '18000000',
  requireRecognisedCraftVillage: false,
  minOcopStars: null,
  allowedLegalForms: [],
};

describe('a producer follows its own application: the quote and the timeline', () => {
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

  it('quotes the fee and the support before submitting, and says when the budget limits it', async () => {
    const producer = await createProducerMember(t, 'Hộ kinh doanh Gốm Thanh');
    const me = as(t, producer);
    const draft = await me
      .post(
        `/api/v1/fairs/${fair.id}/applications`,
        application({ boothsWanted: 3, supportProgrammeId: fair.programmeId }),
      )
      .expect(201);
    const quote = await me.get(`/api/v1/applications/${draft.body.id}/quote`).expect(200);
    // 3 booths at 12,000,000; support pays half of two of them, within the 18,000,000 budget.
    expect(quote.body).toEqual({
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
    await t.dataSource.query(
      `UPDATE support_programmes SET budget_used = total_budget - 5000000 WHERE id = $1`,
      [fair.programmeId],
    );
    const limited = await me.get(`/api/v1/applications/${draft.body.id}/quote`).expect(200);
    expect(limited.body).toMatchObject({
      subsidy: '5000000',
      budgetLimited: true,
      amountDue: '31000000',
    });
    await t.dataSource.query(`UPDATE support_programmes SET budget_used = 0 WHERE id = $1`, [
      fair.programmeId,
    ]);

    const outsider = await createProducerMember(t, 'HTX Khác');
    await as(t, outsider).get(`/api/v1/applications/${draft.body.id}/quote`).expect(404);
  });

  it('tells the producer each step it was told, never a staged decision', async () => {
    const producer = await createProducerMember(t, 'HTX Mây tre đan Phú Vinh');
    const me = as(t, producer);
    const org = as(t, organiser);
    const draft = await me.post(`/api/v1/fairs/${fair.id}/applications`, application()).expect(201);
    const id = draft.body.id;
    await me.post(`/api/v1/applications/${id}/submit`).expect(200);
    await org
      .post(`/api/v1/fairs/${fair.id}/applications/${id}/decision`, {
        decision: 'rejected',
        reason: 'Chưa đủ hồ sơ',
      })
      .expect(200);
    const staged = await me.get(`/api/v1/applications/${id}/timeline`).expect(200);
    expect(staged.body.map((e: { event: string }) => e.event)).toEqual(['create', 'submit']);

    await org.post(`/api/v1/fairs/${fair.id}/applications/decisions/release`, {}).expect(200);
    const told = await me.get(`/api/v1/applications/${id}/timeline`).expect(200);
    expect(told.body).toMatchObject([
      { event: 'create', status: 'draft', reason: null },
      { event: 'submit', status: 'submitted' },
      { event: 'release', status: 'rejected', reason: 'Chưa đủ hồ sơ' },
    ]);
    await as(t, organiser).get(`/api/v1/applications/${id}/timeline`).expect(403);
  });

  it('names the fair on the application itself, as its form does, so its page needs one request', async () => {
    const producer = await createProducerMember(t, 'Cơ sở Sơn mài Hạ Thái');
    const me = as(t, producer);
    const draft = await me.post(`/api/v1/fairs/${fair.id}/applications`, application()).expect(201);
    const form = await me.get(`/api/v1/fairs/${fair.id}/application-form`).expect(200);
    const named = {
      nameVi: 'Hội chợ làng nghề Hà Nội',
      nameEn: 'Hanoi Craft Village Fair',
      withdrawalDeadline: form.body.withdrawalDeadline,
    };
    expect(typeof named.withdrawalDeadline).toBe('string');
    expect(draft.body.fair).toEqual(named);
    expect((await me.get(`/api/v1/applications/${draft.body.id}`).expect(200)).body.fair).toEqual(
      named,
    );
    const mine = await me.get('/api/v1/applications').expect(200);
    expect(mine.body.map((a: { fair: unknown }) => a.fair)).toEqual([named]);
  });
});
