import { Role } from '@hoicho/platform';
import { createTestApp, createUser, TestApp } from '../../support/test-app';
import {
  as,
  createFairAt,
  createProduct,
  createPublishedProducer,
  PHU_VINH,
  FairSetup,
  fieldsOf,
  ProducerSetup,
  setFairStatus,
} from './support/showcases';

describe('removing showcases and single entries: the custody trail never vanishes', () => {
  let t: TestApp;
  let fair: FairSetup;
  let producer: ProducerSetup;
  const products: string[] = [];
  const base = () => `/api/v1/fairs/${fair.fairId}/showcases`;
  const org = () => as(t, fair.organiser.token);
  const mine = () => as(t, producer.member.token);

  beforeAll(async () => {
    t = await createTestApp();
    fair = await createFairAt(t, 'open');
    producer = await createPublishedProducer(t, PHU_VINH);
    for (const nameVi of ['Chao đèn mây', 'Giỏ tre', 'Khay mây', 'Lẵng hoa', 'Hộp tre']) {
      products.push(await createProduct(t, producer, { nameVi, category: 'Mây tre' }));
    }
  });
  afterAll(() => t.close());

  async function newShowcase(titleVi = 'Trưng bày mẫu'): Promise<string> {
    const created = await org()
      .post(base(), { titleVi, startsOn: '2026-10-10', endsOn: '2026-10-11' })
      .expect(201);
    return created.body.id;
  }
  const invite = (showcase: string, productId: string) =>
    org()
      .post(`${base()}/${showcase}/invitations`, {
        producerId: producer.id,
        productId,
        quantity: 1,
        declaredValue: '500000',
      })
      .expect(201)
      .then((r) => r.body.id as string);
  const propose = (showcase: string, productId: string) =>
    mine()
      .post(`${base()}/${showcase}/proposals`, { productId, quantity: 1, declaredValue: 0 })
      .expect(201)
      .then((r) => r.body.id as string);
  const entries = async (showcase: string) =>
    (
      await t.dataSource.query(
        'SELECT count(*)::int AS n FROM showcase_samples WHERE showcase_id = $1',
        [showcase],
      )
    )[0].n as number;

  it('withdraws or declines a single entry before it is accepted, and not after', async () => {
    const showcase = await newShowcase();
    const entry = (id: string) => `${base()}/${showcase}/samples/${id}`;
    // The side that made the entry withdraws it; the other side declines it.
    const ownInvitation = await invite(showcase, products[0]);
    const withdrawn = await org()
      .post(`${entry(ownInvitation)}/decline`, {})
      .expect(200);
    expect(withdrawn.body).toMatchObject({ entryStatus: 'withdrawn', custodyStatus: null });
    const ownProposal = await propose(showcase, products[1]);
    await mine()
      .post(`${entry(ownProposal)}/decline`, {})
      .expect(200);
    const invitation = await invite(showcase, products[2]);
    const declined = await mine()
      .post(`${entry(invitation)}/decline`, { note: 'Hết hàng mẫu' })
      .expect(200);
    expect(declined.body).toMatchObject({ entryStatus: 'declined', decisionNote: 'Hết hàng mẫu' });
    const proposal = await propose(showcase, products[3]);
    await org()
      .post(`${entry(proposal)}/decline`, {})
      .expect(200);
    const statuses = (await org().get(`${base()}/${showcase}`).expect(200)).body.entries;
    expect(statuses).toMatchObject({ withdrawn: 2, declined: 2, invited: 0, proposed: 0 });

    // A decided entry stays decided, and an accepted sample cannot be withdrawn.
    const again = await mine()
      .post(`${entry(ownInvitation)}/accept`, {})
      .expect(409);
    expect(again.body.code).toBe('entry_not_pending');
    const accepted = await invite(showcase, products[4]);
    await mine()
      .post(`${entry(accepted)}/accept`, {})
      .expect(200);
    expect(
      (
        await org()
          .post(`${entry(accepted)}/decline`, {})
          .expect(409)
      ).body.code,
    ).toBe('entry_not_pending');
    expect(
      (
        await mine()
          .post(`${entry(accepted)}/decline`, {})
          .expect(409)
      ).body.code,
    ).toBe('entry_not_pending');
  });

  it('deletes a showcase whose entries are all open, declined or withdrawn, taking them along', async () => {
    const showcase = await newShowcase('Khu sẽ bỏ');
    await invite(showcase, products[0]);
    await propose(showcase, products[1]);
    const withdrawn = await invite(showcase, products[2]);
    await org().post(`${base()}/${showcase}/samples/${withdrawn}/decline`, {}).expect(200);
    expect(await entries(showcase)).toBe(3);

    await org().delete(`${base()}/${showcase}`).expect(204);
    await org().get(`${base()}/${showcase}`).expect(404);
    expect(await entries(showcase)).toBe(0);
    const listed = (await org().get(base()).expect(200)).body.map((s: { id: string }) => s.id);
    expect(listed).not.toContain(showcase);
    await org().delete(`${base()}/${showcase}`).expect(404);

    // An empty one, by an admin.
    const empty = await newShowcase('Khu trống');
    const admin = await createUser(t, Role.Admin);
    await as(t, admin.token).delete(`${base()}/${empty}`).expect(204);
  });

  it('refuses to delete a showcase while any sample has a trail, saying how many and where', async () => {
    const showcase = await newShowcase('Khu có mẫu');
    const entry = (id: string) => `${base()}/${showcase}/samples/${id}`;
    const requested = await invite(showcase, products[0]);
    await mine()
      .post(`${entry(requested)}/accept`, {})
      .expect(200);
    const returned = await propose(showcase, products[1]);
    await org()
      .post(`${entry(returned)}/accept`, {})
      .expect(200);
    await org()
      .post(`${entry(returned)}/custody`, { step: 'receive', by: 'Bình', condition: 'good' })
      .expect(200);
    await org()
      .post(`${entry(returned)}/custody`, { step: 'return', signedOffBy: 'Nguyễn Văn An' })
      .expect(200);
    await invite(showcase, products[2]);

    const refused = await org().delete(`${base()}/${showcase}`).expect(409);
    expect(refused.body).toMatchObject({
      code: 'showcase_has_custody',
      details: { samplesInCustody: 2, byStatus: { requested: 1, returned: 1 } },
    });
    expect(refused.body.message).toMatch(
      /2 of its samples have a custody trail \(1 requested, 1 returned\)/,
    );
    // Nothing went: not the open invitation, not a sample, not a trail event.
    expect(await entries(showcase)).toBe(3);
    const trail = await org().get(entry(returned)).expect(200);
    expect(trail.body.trail.map((e: { step: string }) => e.step)).toEqual([
      'request',
      'receive',
      'return',
    ]);
  });

  it('holds the same line in the database, for hand-written deletes too', async () => {
    const kept = await newShowcase('Khu giữ lại');
    const sample = await invite(kept, products[3]);
    await mine().post(`${base()}/${kept}/samples/${sample}/accept`, {}).expect(200);
    await expect(t.dataSource.query('DELETE FROM showcases WHERE id = $1', [kept])).rejects.toThrow(
      /sample_custody_events_sample_id_fkey/,
    );
    await expect(
      t.dataSource.query('DELETE FROM showcase_samples WHERE id = $1', [sample]),
    ).rejects.toThrow(/sample_custody_events_sample_id_fkey/);
    expect(await entries(kept)).toBe(1);

    const open = await newShowcase('Khu chỉ có lời mời');
    await invite(open, products[3]);
    await t.dataSource.query('DELETE FROM showcases WHERE id = $1', [open]);
    expect(await entries(open)).toBe(0);
  });

  it('refuses when a sample is accepted while the deletion runs (the database decides)', async () => {
    const showcase = await newShowcase('Khu chạy đua');
    const sample = await invite(showcase, products[4]);
    // Another transaction accepts the invitation and holds its commit back.
    const other = t.dataSource.createQueryRunner();
    await other.connect();
    try {
      await other.startTransaction();
      await other.query(
        `UPDATE showcase_samples SET entry_status = 'accepted', label_code = 'RACE-1',
                custody_status = 'requested', trail_length = 1, decided_by = $2, decided_at = now()
          WHERE id = $1`,
        [sample, producer.member.id],
      );
      await other.query(
        `INSERT INTO sample_custody_events (sample_id, fair_id, step, to_status, actor_id)
         VALUES ($1, $2, 'request', 'requested', $3)`,
        [sample, fair.fairId, producer.member.id],
      );
      const deletion = org()
        .delete(`${base()}/${showcase}`)
        .then((r) => r);
      // Wait until the deletion is blocked on the sample row, then let the acceptance commit.
      for (let waited = 0; ; waited += 50) {
        const [{ n }] = await t.dataSource.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        if (n > 0) break;
        if (waited > 10000) throw new Error('the deletion never waited for the acceptance');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await other.commitTransaction();
      const refused = await deletion;
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({
        code: 'showcase_has_custody',
        details: { samplesInCustody: 1, byStatus: { requested: 1 } },
      });
    } finally {
      if (other.isTransactionActive) await other.rollbackTransaction();
      await other.release();
    }
    expect(await entries(showcase)).toBe(1);
  });

  it('scopes deletion and keeps finished fairs as they are', async () => {
    const showcase = await newShowcase('Khu riêng');
    const other = await createFairAt(t, 'open');
    await as(t, other.organiser.token).delete(`${base()}/${showcase}`).expect(404);
    await as(t, other.organiser.token)
      .delete(`/api/v1/fairs/${other.fairId}/showcases/${showcase}`)
      .expect(404);
    await mine().delete(`${base()}/${showcase}`).expect(403);
    await as(t).delete(`${base()}/${showcase}`).expect(401);
    expect(fieldsOf(await org().delete(`${base()}/nope`).expect(400))).toEqual(['showcaseId']);

    for (const status of ['closed', 'cancelled']) {
      await setFairStatus(t, fair.fairId, status);
      const finished = await org().delete(`${base()}/${showcase}`).expect(409);
      expect(finished.body).toMatchObject({ code: 'fair_finished', details: { status } });
    }
    await setFairStatus(t, fair.fairId, 'open');
    await org().get(`${base()}/${showcase}`).expect(200);
  });
});
