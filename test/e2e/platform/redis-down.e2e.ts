import { rmSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { RedisService } from '@hoicho/platform';
import { RunningRedis, startEmbeddedRedis } from '@hoicho/platform/embedded/embedded-redis';
import { freePort } from '@hoicho/platform/embedded/free-port';
import { bearer, createTestApp, TestApp } from '../../support/test-app';
import {
  addVisitor,
  Body,
  createCampaign,
  mailsTo,
  setUpBody,
  waitUntil,
} from '../invitations/support/invitations';

/**
 * Redis stops under a running api. Requests that need it answer 503 with Retry-After at once
 * (no duration is asserted: a request that waited on the reconnecting client would outlast
 * the test's timeout), write nothing, and work again once Redis is back.
 */
describe('Redis down under a running api', () => {
  let t: TestApp;
  let redis: RunningRedis | undefined;
  let port: number;
  let body: Body;
  const dataDir = join(process.cwd(), `.data/test/redis-down-${process.pid}`);
  const password = 'correct horse battery';

  beforeAll(async () => {
    port = await freePort();
    redis = await startEmbeddedRedis({ dataDir, persistent: false, port });
    t = await createTestApp({ REDIS_URL: `redis://127.0.0.1:${port}` });
    body = await setUpBody(t);
  });
  afterAll(async () => {
    await t?.close();
    await redis?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const health = () => request(t.http).get('/health');

  it('answers 503 with Retry-After for sign-in and campaign sending, names Redis in /health, and recovers', async () => {
    const token = body.organiser.token;
    await addVisitor(t, token, body.id, { name: 'Trần Thị Mai', email: 'mai@example.vn' });
    const campaignId = await createCampaign(t, token, body.id, {
      fairId: body.fairId,
      name: 'Khách mời',
      audience: { all: true },
      maxGuests: 1,
    });

    await redis!.stop();
    redis = undefined;
    await waitUntil('the api to see Redis gone', () => !t.app.get(RedisService).available());

    const login = await request(t.http)
      .post('/api/v1/auth/login')
      .send({ email: body.organiser.email, password });
    expect(login.status).toBe(503);
    expect(Number(login.headers['retry-after'])).toBeGreaterThan(0);
    expect(login.body).toMatchObject({
      code: 'service_unavailable',
      details: { dependency: 'redis' },
    });

    const send = await request(t.http)
      .post(`/api/v1/campaigns/${campaignId}/send`)
      .set(bearer(token))
      .send({});
    expect(send.status).toBe(503);
    expect(Number(send.headers['retry-after'])).toBeGreaterThan(0);
    expect(send.body.code).toBe('service_unavailable');
    // Nothing was written: trying again later is safe.
    const [campaign] = await t.dataSource.query('SELECT status FROM campaigns WHERE id = $1', [
      campaignId,
    ]);
    expect(campaign.status).toBe('draft');

    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body.status).toBe('degraded');
    expect(down.body.checks.redis.status).toBe('down');
    expect(down.body.checks.postgres.status).toBe('up');
    expect(down.body.checks.smtp.status).toBe('up');

    // Back on the same port, empty: the same requests succeed.
    redis = await startEmbeddedRedis({ dataDir, persistent: false, port });
    await waitUntil('/health to say ok', async () => (await health()).status === 200);
    await request(t.http)
      .post('/api/v1/auth/login')
      .send({ email: body.organiser.email, password })
      .expect(200);
    await request(t.http)
      .post(`/api/v1/campaigns/${campaignId}/send`)
      .set(bearer(token))
      .send({})
      .expect(202);
    expect(await mailsTo(t, 'mai@example.vn', 1)).toHaveLength(1);
  });
});
