import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Role } from '@hoicho/platform';
import {
  bearer,
  createBody,
  createTestApp,
  createUser,
  SignedIn,
  TestApp,
} from '../../support/test-app';
import {
  campaignMail,
  receivedCount,
  record,
  rows,
  sleep,
  uniqueEmail,
  verifyEmail,
  waitSettled,
  waitUntil,
} from './support/notifications';

describe('delivery log: organisers see and re-send their body’s mail', () => {
  let t: TestApp;
  let bodyX: string;
  let bodyY: string;
  let organiserX: SignedIn;
  let organiserY: SignedIn;
  let admin: SignedIn;
  const campaign = randomUUID();
  const otherCampaign = randomUUID();
  const refused = uniqueEmail('refused');
  let refusing = true;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    t.smtp.setRecipientPolicy((recipient) =>
      refusing && recipient === refused
        ? { code: 550, message: '5.1.1 Mailbox unavailable' }
        : undefined,
    );
    bodyX = await createBody(t);
    bodyY = await createBody(t);
    organiserX = await createUser(t, Role.Organiser, { organisingBodyId: bodyX });
    organiserY = await createUser(t, Role.Organiser, { organisingBodyId: bodyY });
    admin = await createUser(t, Role.Admin);

    const inX = { organisingBodyId: bodyX };
    [ids.c1, ids.c2, ids.c3] = await record(
      t,
      campaignMail('alice@lang-gom.vn', { ...inX, campaignId: campaign }),
      campaignMail('binh@lang-gom.vn', { ...inX, campaignId: campaign }),
      campaignMail('chau@lang-lua.vn', { ...inX, campaignId: campaign }),
    );
    [ids.other] = await record(
      t,
      campaignMail('dung@lang-gom.vn', { ...inX, campaignId: otherCampaign }),
    );
    [ids.direct] = await record(t, verifyEmail('staff@lang-gom.vn', inX));
    [ids.refused] = await record(t, verifyEmail(refused, inX));
    [ids.inY] = await record(t, verifyEmail('someone@elsewhere.vn', { organisingBodyId: bodyY }));
    await waitSettled(t, Object.values(ids));
  });
  afterAll(() => t.close());

  const log = (user: SignedIn, body: string, query = '') =>
    request(t.http)
      .get(`/api/v1/organising-bodies/${body}/messages${query}`)
      .set(bearer(user.token));

  it('lists every message of the body, newest first, with status, attempts and times', async () => {
    const page = (await log(organiserX, bodyX).expect(200)).body;
    expect(page.total).toBe(6);
    expect(page.items).toHaveLength(6);
    expect(page.items.map((m: { id: string }) => m.id)).not.toContain(ids.inY);
    const direct = page.items.find((m: { id: string }) => m.id === ids.direct);
    expect(direct).toMatchObject({
      recipient: 'staff@lang-gom.vn',
      template: 'account.verify-email',
      locale: 'vi',
      status: 'sent',
      attempts: 1,
      campaignId: null,
    });
    expect(direct.smtpResponse).toMatch(/^250/);
    expect(new Date(direct.sentAt).getTime()).toBeGreaterThanOrEqual(
      new Date(direct.createdAt).getTime(),
    );
    expect(direct.lastAttemptAt).toBeTruthy();
    const createdAts = page.items.map((m: { createdAt: string }) =>
      new Date(m.createdAt).getTime(),
    );
    expect([...createdAts].sort((a, b) => b - a)).toEqual(createdAts);

    const paged = (await log(organiserX, bodyX, '?pageSize=4&page=2').expect(200)).body;
    expect(paged).toMatchObject({ total: 6, page: 2, pageSize: 4 });
    expect(paged.items).toHaveLength(2);
  });

  it('filters by status, campaign and recipient', async () => {
    const failed = (await log(organiserX, bodyX, '?status=failed').expect(200)).body;
    expect(failed.total).toBe(1);
    expect(failed.items[0]).toMatchObject({ id: ids.refused, status: 'failed', attempts: 1 });
    expect(failed.items[0].smtpResponse).toContain('550 5.1.1 Mailbox unavailable');
    expect(failed.items[0].lastError).toContain('550');

    expect((await log(organiserX, bodyX, '?status=sent').expect(200)).body.total).toBe(5);
    expect((await log(organiserX, bodyX, '?status=retrying').expect(200)).body.total).toBe(0);

    const inCampaign = (await log(organiserX, bodyX, `?campaignId=${campaign}`).expect(200)).body;
    expect(inCampaign.items.map((m: { id: string }) => m.id).sort()).toEqual(
      [ids.c1, ids.c2, ids.c3].sort(),
    );

    const gom = (await log(organiserX, bodyX, '?recipient=LANG-GOM').expect(200)).body;
    expect(gom.items.map((m: { recipient: string }) => m.recipient).sort()).toEqual([
      'alice@lang-gom.vn',
      'binh@lang-gom.vn',
      'dung@lang-gom.vn',
      'staff@lang-gom.vn',
    ]);
    // LIKE wildcards in the filter are literal.
    expect((await log(organiserX, bodyX, '?recipient=%25').expect(200)).body.total).toBe(0);

    await log(organiserX, bodyX, '?status=lost').expect(400);
    // PostgreSQL text cannot hold NUL: refused up front, naming the parameter.
    const nul = await log(organiserX, bodyX, '?recipient=lang%00gom').expect(400);
    expect(nul.body.fields.map((f: { field: string }) => f.field)).toEqual(['recipient']);
  });

  it('totals every status per campaign (null: mail outside campaigns)', async () => {
    const totals = (await log(organiserX, bodyX, '/totals').expect(200)).body as {
      campaignId: string | null;
      total: number;
    }[];
    const zero = { queued: 0, sending: 0, sent: 0, retrying: 0, failed: 0, suppressed: 0 };
    const byCampaign = new Map(totals.map((row) => [row.campaignId, row]));
    expect(byCampaign.size).toBe(3);
    expect(byCampaign.get(campaign)).toEqual({ ...zero, campaignId: campaign, sent: 3, total: 3 });
    expect(byCampaign.get(otherCampaign)).toEqual({
      ...zero,
      campaignId: otherCampaign,
      sent: 1,
      total: 1,
    });
    expect(byCampaign.get(null)).toEqual({
      ...zero,
      campaignId: null,
      sent: 1,
      failed: 1,
      total: 2,
    });

    const one = (await log(organiserX, bodyX, `/totals?campaignId=${campaign}`).expect(200)).body;
    expect(one).toEqual([{ ...zero, campaignId: campaign, sent: 3, total: 3 }]);
  });

  it('answers 404 to an organiser of another body, and 401 without a token', async () => {
    await log(organiserY, bodyX).expect(404);
    await log(organiserY, bodyX, '/totals').expect(404);
    await request(t.http)
      .post(`/api/v1/organising-bodies/${bodyX}/messages/${ids.refused}/resend`)
      .set(bearer(organiserY.token))
      .expect(404);
    // Y cannot reach X's message through its own body either.
    await request(t.http)
      .post(`/api/v1/organising-bodies/${bodyY}/messages/${ids.refused}/resend`)
      .set(bearer(organiserY.token))
      .expect(404);
    await request(t.http).get(`/api/v1/organising-bodies/${bodyX}/messages`).expect(401);
    // Y sees its own.
    const own = (await log(organiserY, bodyY).expect(200)).body;
    expect(own.items.map((m: { id: string }) => m.id)).toEqual([ids.inY]);
    // An admin reaches any body.
    expect((await log(admin, bodyX).expect(200)).body.total).toBe(6);
  });

  it('re-sends a failed message once the address works again; a sent one cannot be re-sent', async () => {
    expect(t.mailbox.list({ to: refused })).toEqual([]);
    refusing = false;
    const resend = await request(t.http)
      .post(`/api/v1/organising-bodies/${bodyX}/messages/${ids.refused}/resend`)
      .set(bearer(organiserX.token))
      .expect(200);
    expect(resend.body).toMatchObject({
      id: ids.refused,
      status: expect.stringMatching(/^(queued|sending|sent)$/),
      lastError: null,
    });

    await t.mailbox.waitFor((all) => receivedCount(all, ids.refused) === 1);
    const [row] = await waitUntil('the re-sent row to be sent', async () => {
      const found = await rows(t, [ids.refused]);
      return found[0].status === 'sent' && found;
    });
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
    expect(row.smtp_response).toMatch(/^250/);

    const conflict = await request(t.http)
      .post(`/api/v1/organising-bodies/${bodyX}/messages/${ids.refused}/resend`)
      .set(bearer(organiserX.token))
      .expect(409);
    expect(conflict.body.code).toBe('message_not_failed');
    await request(t.http)
      .post(`/api/v1/organising-bodies/${bodyX}/messages/${ids.c1}/resend`)
      .set(bearer(organiserX.token))
      .expect(409);
    await request(t.http)
      .post(`/api/v1/organising-bodies/${bodyX}/messages/${randomUUID()}/resend`)
      .set(bearer(organiserX.token))
      .expect(404);

    await sleep(1500);
    expect(receivedCount(t.mailbox.list(), ids.refused)).toBe(1);
    expect(receivedCount(t.mailbox.list(), ids.c1)).toBe(1);
  });
});
