import request from 'supertest';
import { createTestApp, TestApp } from '../../support/test-app';

describe('rate limits held in Redis', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    const limits = {
      RATE_LIMIT_LOGIN_PER_MINUTE: '3',
      RATE_LIMIT_RESET_PER_HOUR: '2',
      RATE_LIMIT_SIGNUP_PER_HOUR: '2',
    };
    first = await createTestApp(limits);
    // A second api process on the same Redis prefix: the limit must hold across both.
    second = await createTestApp({ ...limits, QUEUE_PREFIX: first.redisPrefix });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('login answers 429 with Retry-After once the limit is used up, counting across processes', async () => {
    const attempt = (app: TestApp) =>
      request(app.http)
        .post('/api/v1/auth/login')
        .send({ email: 'target@example.vn', password: 'guess' });
    expect((await attempt(first)).status).toBe(401);
    expect((await attempt(second)).status).toBe(401);
    expect((await attempt(first)).status).toBe(401);
    const limited = await attempt(second);
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another address from the same client is counted separately.
    expect(
      (
        await request(first.http)
          .post('/api/v1/auth/login')
          .send({ email: 'other@example.vn', password: 'guess' })
      ).status,
    ).toBe(401);
  });

  it('password reset and sign-up are limited too', async () => {
    const reset = () =>
      request(first.http).post('/api/v1/auth/password-reset').send({ email: 'someone@example.vn' });
    expect((await reset()).status).toBe(202);
    expect((await reset()).status).toBe(202);
    expect((await reset()).status).toBe(429);
    const signUp = (n: number) =>
      request(second.http)
        .post('/api/v1/producers/sign-up')
        .send({
          email: `new${n}@example.vn`,
          password: '0123456789',
          fullName: 'An',
          producerName: 'HTX',
        });
    // The sign-up bucket is per client address and email: different emails share nothing.
    expect((await signUp(1)).status).toBe(201);
  });
});
