import request from 'supertest';
import { QueryRunner } from 'typeorm';
import { MailQueue } from '@hoicho/notifications';
import { bearer, createTestApp, TestApp } from '../../support/test-app';
import { Body, createCampaign, setUpBody, waitUntil } from './support/invitations';

/** More than one fan-out page (2,000): the last visitor's page is the one held up or broken. */
const VISITORS = 2100;
const GATE_LOCK = 4242;

/**
 * A campaign's mail reaches the queue once its fan-out has recorded every invitation, and a
 * fan-out that breaks midway still lets go of the mail it committed. Only the campaigns queue
 * is consumed here, so the mail jobs stay where the fan-out put them; the sweep's grace is
 * long, so every job seen was added by the fan-out itself.
 */
describe('campaign fan-out → mail queue', () => {
  let t: TestApp;
  let body: Body;
  let mailQueue: MailQueue;
  let lastVisitorId: string;

  beforeAll(async () => {
    t = await createTestApp({ WORKER_QUEUES: 'campaigns', OUTBOX_GRACE_MS: '600000' });
    body = await setUpBody(t);
    mailQueue = t.app.get(MailQueue);
    await t.dataSource.query(
      `INSERT INTO visitors (organising_body_id, email, name, language, source)
       SELECT $1, 'khach' || g || '@lang-nghe.vn', 'Khách mời ' || g, 'vi', 'import'
         FROM generate_series(1, ${VISITORS}) AS g`,
      [body.id],
    );
    [{ id: lastVisitorId }] = await t.dataSource.query(
      'SELECT id FROM visitors WHERE organising_body_id = $1 ORDER BY id DESC LIMIT 1',
      [body.id],
    );
  });
  afterEach(() => t.dataSource.query('DROP TRIGGER IF EXISTS test_fan_out_trap ON invitations'));
  afterAll(() => t.close());

  /** Runs `action` on each invitation insert of the last visitor (the second page). */
  const trapLastVisitor = (action: string) =>
    t.dataSource.query(`
      CREATE OR REPLACE FUNCTION test_fan_out_trap() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${action}; RETURN NEW; END $$;
      CREATE TRIGGER test_fan_out_trap BEFORE INSERT ON invitations FOR EACH ROW
        WHEN (NEW.visitor_id = '${lastVisitorId}') EXECUTE FUNCTION test_fan_out_trap();`);

  const send = async (name: string) => {
    const campaignId = await createCampaign(t, body.organiser.token, body.id, {
      fairId: body.fairId,
      name,
      audience: { all: true },
    });
    await request(t.http)
      .post(`/api/v1/campaigns/${campaignId}/send`)
      .set(bearer(body.organiser.token))
      .send({})
      .expect(202);
    return campaignId;
  };
  const messageIds = async (campaignId: string): Promise<string[]> =>
    (
      await t.dataSource.query(
        `SELECT id FROM outbox_messages WHERE campaign_id = $1 AND status = 'queued' ORDER BY id`,
        [campaignId],
      )
    ).map((row: { id: string }) => row.id);
  const queuedIds = async (): Promise<string[]> =>
    (await mailQueue.queue.raw.getJobs(['waiting', 'delayed', 'prioritized', 'active']))
      .flatMap((job) => job.data.messageIds as string[])
      .sort();

  it('adds no mail job while the fan-out is still recording, then one for every message', async () => {
    const holder: QueryRunner = t.dataSource.createQueryRunner();
    await holder.connect();
    await holder.query('SELECT pg_advisory_lock($1)', [GATE_LOCK]);
    try {
      await trapLastVisitor(`PERFORM pg_advisory_xact_lock_shared(${GATE_LOCK})`);
      const campaignId = await send('Giữ thư đến hết');

      // The first page committed its 2,000 messages; the second waits on the lock.
      await waitUntil('the first page', async () => (await messageIds(campaignId)).length === 2000);
      expect(await queuedIds()).toEqual([]);

      await holder.query('SELECT pg_advisory_unlock($1)', [GATE_LOCK]);
      const [campaign] = await waitUntil('the end of the fan-out', async () => {
        const rows = await t.dataSource.query(
          `SELECT invited_count FROM campaigns WHERE id = $1 AND status = 'sent'`,
          [campaignId],
        );
        return rows.length > 0 && rows;
      });
      expect(campaign.invited_count).toBe(VISITORS);
      const recorded = await messageIds(campaignId);
      expect(recorded).toHaveLength(VISITORS);
      expect(await queuedIds()).toEqual(recorded);
    } finally {
      await holder.release();
    }
  });

  it('lets go of the mail of the pages it committed when a later page fails', async () => {
    await mailQueue.queue.raw.drain(true);
    await trapLastVisitor(`RAISE EXCEPTION 'test: the second page breaks'`);
    const campaignId = await send('Trang sau hỏng');

    const committed = await waitUntil('the first page', async () => {
      const ids = await messageIds(campaignId);
      return ids.length === 2000 && ids;
    });
    await waitUntil('its mail jobs', async () => (await queuedIds()).length === 2000);
    expect(await queuedIds()).toEqual(committed);
    const [campaign] = await t.dataSource.query('SELECT status FROM campaigns WHERE id = $1', [
      campaignId,
    ]);
    expect(campaign.status).toBe('sending');
  });
});
