import request from 'supertest';
import { Role } from '@hoicho/platform';
import { createProducer, createTestApp, createUser, TestApp } from '../../support/test-app';

const STRONG = 'gốm men lam ba trăm năm';

/** Asserts a 429 with a Retry-After of at least a second. */
function expectLimited(response: request.Response) {
  expect({ status: response.status, code: response.body.code }).toEqual({
    status: 429,
    code: 'rate_limited',
  });
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
}

describe('rate limits per client address, held in Redis across processes', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    const limits = {
      RATE_LIMIT_LOGIN_PER_MINUTE: '3',
      RATE_LIMIT_RESET_PER_HOUR: '2',
      RATE_LIMIT_SIGNUP_PER_HOUR: '2',
      RATE_LIMIT_TOKEN_PER_MINUTE: '2',
    };
    first = await createTestApp(limits);
    // A second api process on the same Redis prefix: the limit must hold across both.
    second = await createTestApp({ ...limits, QUEUE_PREFIX: first.redisPrefix });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('login: a different email each time still answers 429 with Retry-After, across processes', async () => {
    const attempt = (app: TestApp, n: number) =>
      request(app.http)
        .post('/api/v1/auth/login')
        .send({ email: `target${n}@example.vn`, password: 'guess' });
    expect((await attempt(first, 1)).status).toBe(401);
    expect((await attempt(second, 2)).status).toBe(401);
    expect((await attempt(first, 3)).status).toBe(401);
    expectLimited(await attempt(second, 4));
    // The web app's sign-in shares the counter.
    expectLimited(
      await request(first.http)
        .post('/api/v1/auth/browser-session')
        .set('Origin', 'https://hoicho.test')
        .send({ email: 'target5@example.vn', password: 'guess' }),
    );
  });

  it('password reset: varying the email buys nothing', async () => {
    const reset = (n: number) =>
      request(first.http)
        .post('/api/v1/auth/password-reset')
        .send({ email: `someone${n}@example.vn` });
    expect((await reset(1)).status).toBe(202);
    expect((await reset(2)).status).toBe(202);
    expectLimited(await reset(3));
  });

  it('sign-up: varying the email buys nothing, and nothing is written past the limit', async () => {
    const signUp = (n: number) =>
      request(second.http)
        .post('/api/v1/producers/sign-up')
        .send({
          email: `new${n}@example.vn`,
          password: STRONG,
          fullName: 'An',
          producerName: 'HTX',
        });
    expect((await signUp(1)).status).toBe(201);
    expect((await signUp(2)).status).toBe(201);
    expectLimited(await signUp(3));
    const [{ n }] = await first.dataSource.query(
      `SELECT count(*)::int AS n FROM users WHERE email = 'new3@example.vn'`,
    );
    expect(n).toBe(0);
  });

  it('email confirmation and new-password links are limited too (token guessing)', async () => {
    const verify = (n: number) =>
      request(first.http)
        .post('/api/v1/auth/verify-email')
        .send({ token: `guessed-token-number-${n}-xxxxxxxx` });
    expect((await verify(1)).status).toBe(400);
    expect((await verify(2)).status).toBe(400);
    expectLimited(await verify(3));
    expectLimited(
      await request(second.http)
        .post('/api/v1/auth/password-reset/confirm')
        .send({ token: 'guessed-token-number-4-xxxxxxxx', password: STRONG }),
    );
  });
});

describe('attempts on one account are limited from anywhere', () => {
  let t: TestApp;
  beforeAll(
    async () =>
      (t = await createTestApp({
        RATE_LIMIT_LOGIN_PER_ACCOUNT_PER_HOUR: '2',
      })),
  );
  afterAll(() => t.close());

  it('refuses the third guess at one account, while other accounts still sign in', async () => {
    const producerId = await createProducer(t);
    const victim = await createUser(t, Role.Producer, { producerId }, STRONG);
    const guess = () =>
      request(t.http).post('/api/v1/auth/login').send({ email: victim.email, password: 'guess' });
    // createUser signed in once already: one attempt of two is used.
    expect((await guess()).status).toBe(401);
    expectLimited(await guess());
    await createUser(t, Role.Producer, { producerId: await createProducer(t) }, STRONG);
  });
});

describe('mail from anonymous forms is capped per address a day', () => {
  let t: TestApp;
  beforeAll(
    async () =>
      (t = await createTestApp({
        RATE_LIMIT_MAILS_PER_ADDRESS_PER_DAY: '2',
      })),
  );
  afterAll(() => t.close());

  it('answers every sign-up with the address alike, but mails it only twice', async () => {
    const email = 'flooded@example.vn';
    const answers = [];
    for (let i = 0; i < 4; i++) {
      const answer = await request(t.http)
        .post('/api/v1/producers/sign-up')
        .send({ email, password: STRONG, fullName: 'An', producerName: `HTX ${i}` });
      answers.push({ status: answer.status, body: answer.body });
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0].status).toBe(201);
    // Sign-up writes its mail before answering: the confirmation link, then one "someone tried".
    const rows: { template: string }[] = await t.dataSource.query(
      'SELECT template FROM outbox_messages WHERE recipient = $1 ORDER BY created_at',
      [email],
    );
    expect(rows.map((r) => r.template)).toEqual([
      'account.verify-email',
      'account.sign-up-attempt',
    ]);
  });
});
