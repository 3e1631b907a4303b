import request from 'supertest';
import { FairsService, SupportBudgets } from '@hoicho/fairs';
import { Role, TransactionRunner } from '@hoicho/platform';
import {
  bearer,
  createBody,
  createTestApp,
  createUser,
  SignedIn,
  TestApp,
} from '../../support/test-app';
import { createFairWithReference } from './support/fairs';

const KHUYEN_CONG = {
  nameVi: 'Hỗ trợ khuyến công 2026',
  nameEn: 'Industrial promotion support 2026',
  ratePercent: 50,
  maxBoothsPerProducer: 2,
  capPerProducer: '10000000',
  totalBudget: '300000000',
  requireRecognisedCraftVillage: true,
  minOcopStars: 3,
  allowedLegalForms: ['cooperative', 'cooperative_group', 'household_business'],
};

describe('support programmes: terms, eligibility and a budget the database will not overspend', () => {
  let t: TestApp;
  let organiser: SignedIn;
  let fairId: string;
  const base = () => `/api/v1/fairs/${fairId}/support-programmes`;

  beforeAll(async () => {
    t = await createTestApp();
    const bodyId = await createBody(t);
    organiser = await createUser(t, Role.Organiser, { organisingBodyId: bodyId });
    fairId = (await createFairWithReference(t, organiser.token, bodyId)).fair.id;
  });
  afterAll(() => t.close());

  const create = (body: object) =>
    request(t.http).post(base()).set(bearer(organiser.token)).send(body);

  it('creates, reads, changes and deletes a programme; money travels as strings', async () => {
    const created = await create(KHUYEN_CONG).expect(201);
    expect(created.body).toMatchObject({
      ...KHUYEN_CONG,
      fairId,
      capPerBooth: null,
      budgetUsed: '0',
      budgetRemaining: '300000000',
    });
    const id = created.body.id;
    const list = await request(t.http).get(base()).set(bearer(organiser.token)).expect(200);
    expect(list.body.map((p: { id: string }) => p.id)).toEqual([id]);
    const changed = await request(t.http)
      .patch(`${base()}/${id}`)
      .set(bearer(organiser.token))
      .send({ ratePercent: 70, capPerProducer: null, capPerBooth: 6_000_000, minOcopStars: null })
      .expect(200);
    expect(changed.body).toMatchObject({
      ratePercent: 70,
      capPerProducer: null,
      capPerBooth: '6000000',
      minOcopStars: null,
    });
    const got = await request(t.http)
      .get(`${base()}/${id}`)
      .set(bearer(organiser.token))
      .expect(200);
    expect(got.body).toEqual(changed.body);
    await request(t.http).delete(`${base()}/${id}`).set(bearer(organiser.token)).expect(204);
    await request(t.http).get(`${base()}/${id}`).set(bearer(organiser.token)).expect(404);
  });

  it('keeps large budgets exact as strings, and refuses fractions, negatives and 16 digits', async () => {
    const big = await create({ ...KHUYEN_CONG, totalBudget: '900000000000000' }).expect(201);
    expect(big.body.totalBudget).toBe('900000000000000');
    for (const totalBudget of ['1.5', '-1', 1.5, '12e3', '1'.repeat(16), '']) {
      const response = await create({ ...KHUYEN_CONG, totalBudget }).expect(400);
      expect(response.body.fields.map((f: { field: string }) => f.field)).toEqual(['totalBudget']);
    }
    const forms = await create({ ...KHUYEN_CONG, allowedLegalForms: ['company'] }).expect(400);
    expect(forms.body.fields[0].field).toBe('allowedLegalForms');
  });

  it('never overspends the budget, even with twenty approvals at once', async () => {
    const created = await create({ ...KHUYEN_CONG, totalBudget: '100000000' }).expect(201);
    const fairs = t.app.get(FairsService);
    const budgets = t.app.get(SupportBudgets);
    const transactions = t.app.get(TransactionRunner);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        transactions.run(({ manager }) => budgets.reserve(manager, created.body.id, 6_000_000n)),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(16);
    const after = await fairs.getSupportProgramme(fairId, created.body.id);
    expect(after).toMatchObject({ budgetUsed: '96000000', budgetRemaining: '4000000' });

    await expect(
      t.dataSource.query(
        'UPDATE support_programmes SET budget_used = total_budget + 1 WHERE id = $1',
        [created.body.id],
      ),
    ).rejects.toThrow(/support_programmes_budget/);
    const lower = await request(t.http)
      .patch(`${base()}/${created.body.id}`)
      .set(bearer(organiser.token))
      .send({ totalBudget: '90000000' })
      .expect(409);
    expect(lower.body).toMatchObject({
      code: 'budget_below_used',
      fields: [{ field: 'totalBudget' }],
    });
    const used = await request(t.http)
      .delete(`${base()}/${created.body.id}`)
      .set(bearer(organiser.token))
      .expect(409);
    expect(used.body.code).toBe('in_use');

    await transactions.run(({ manager }) => budgets.release(manager, created.body.id, 96_000_000n));
    expect((await fairs.getSupportProgramme(fairId, created.body.id)).budgetUsed).toBe('0');
  });

  it('gives other areas the plan and programmes through FairsService', async () => {
    const fairs = t.app.get(FairsService);
    const plan = await fairs.getPlan(fairId);
    expect(plan.zones).toHaveLength(4);
    expect(plan.boothTypes[0].price).toBe('12000000');
    expect((await fairs.getSupportProgrammes(fairId)).length).toBeGreaterThan(0);
    expect((await fairs.getFair(fairId)).status).toBe('draft');
  });
});
