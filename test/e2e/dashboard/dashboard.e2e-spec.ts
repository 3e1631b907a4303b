import { createTestApp, TestApp } from '../../support/test-app';
import { tempStorageDir } from '../exhibitors/support/exhibitors';
import {
  buildCatalogueWorld,
  CatalogueWorld,
  DECLARED_VALUE,
} from '../showcases/support/catalogue-world';
import { as, createFairAt } from '../showcases/support/showcases';

describe('the organisers’ dashboard: every fair’s figures in one answer', () => {
  let t: TestApp;
  let w: CatalogueWorld;
  const path = () => `/api/v1/organising-bodies/${w.fair.bodyId}/dashboard`;

  beforeAll(async () => {
    t = await createTestApp({ STORAGE_DIR: tempStorageDir() });
    w = await buildCatalogueWorld(t);
  });
  afterAll(() => t.close());

  it('counts the review queue, the samples not yet returned and the budgets of each fair in play', async () => {
    const org = as(t, w.fair.organiser.token);
    // Two of the four applications go back to review, one of them with a decision staged.
    await t.dataSource.query(
      `UPDATE applications SET status = 'submitted', decided_at = NULL,
              pending_decision = CASE producer_id WHEN $2 THEN 'rejected' END
        WHERE fair_id = $1 AND producer_id IN ($2, $3)`,
      [w.fair.fairId, w.producers.may.id, w.producers.bac.id],
    );
    // The world's one sample was received: it is in the organisers' hands.
    const programme = await org
      .post(`/api/v1/fairs/${w.fair.fairId}/support-programmes`, {
        nameVi: 'Hỗ trợ khuyến công',
        ratePercent: 50,
        totalBudget: '100000000',
      })
      .expect(201);
    // A draft fair of the same body is not in play yet.
    await createFairAt(t, 'draft', { bodyId: w.fair.bodyId, organiser: w.fair.organiser });

    const answer = await org.get(path()).expect(200);
    expect(answer.body.fairs).toEqual([
      {
        fairId: w.fair.fairId,
        waiting: 1,
        staged: 1,
        unreturned: 1,
        unreturnedValue: DECLARED_VALUE,
        programmes: [
          expect.objectContaining({
            id: programme.body.id,
            totalBudget: '100000000',
            budgetUsed: '0',
          }),
        ],
      },
    ]);
  });

  it('answers 404 for another body and 403 for a producer', async () => {
    const other = await createFairAt(t, 'open');
    await as(t, other.organiser.token).get(path()).expect(404);
    await as(t, w.producers.gom.member.token).get(path()).expect(403);
  });
});
