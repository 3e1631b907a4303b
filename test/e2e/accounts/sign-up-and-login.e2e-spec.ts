import request from 'supertest';
import { CapturedMessage } from '@hoicho/platform';
import { bearer, createTestApp, mailTo, TestApp } from '../../support/test-app';

function linkIn(message: CapturedMessage, path: string): URL {
  const match = new RegExp(`https://hoicho\\.test${path}\\?token=[\\w-]+`).exec(message.text);
  if (!match) throw new Error(`no ${path} link in: ${message.text}`);
  return new URL(match[0]);
}

describe('producer sign-up, email verification, login, logout and revocation', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  const credentials = { email: 'Hop.Tac.Xa@PhuVinh.vn', password: 'mây tre đan 2026' };
  const account = {
    email: 'Hop.Tac.Xa@PhuVinh.vn',
    password: 'mây tre đan 2026',
    fullName: 'Nguyễn Văn <An>',
    producerName: 'HTX Mây tre đan Phú Vinh',
  };

  it('signs up, emails a Vietnamese verification link that works, then logs in', async () => {
    const signUp = await request(t.http)
      .post('/api/v1/producers/sign-up')
      .send(account)
      .expect(201);
    expect(signUp.body.producerId).toEqual(expect.any(String));

    const mail = await mailTo(t, 'hop.tac.xa@phuvinh.vn');
    expect(mail.subject).toBe('Xác nhận địa chỉ email của bạn');
    expect(mail.text).toContain('Xin chào Nguyễn Văn <An>');
    expect(mail.html).toContain('Nguyễn Văn &lt;An&gt;');
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@hoicho\.local>$/);

    await request(t.http)
      .post('/api/v1/auth/login')
      .send({ email: account.email, password: account.password })
      .expect(403)
      .expect((r) => expect(r.body.code).toBe('email_not_verified'));

    // The link opens the web app's confirmation screen, which posts the token.
    const link = linkIn(mail, '/account/verify-email');
    const token = link.searchParams.get('token')!;
    await request(t.http).post('/api/v1/auth/verify-email').send({ token }).expect(204);
    await request(t.http)
      .post('/api/v1/auth/verify-email')
      .send({ token })
      .expect(400)
      .expect((r) => expect(r.body.code).toBe('token_invalid'));

    const login = await request(t.http)
      .post('/api/v1/auth/login')
      .send({ email: 'hop.tac.xa@phuvinh.vn', password: account.password })
      .expect(200);
    const me = await request(t.http)
      .get('/api/v1/auth/me')
      .set(bearer(login.body.token))
      .expect(200);
    expect(me.body).toMatchObject({
      role: 'producer',
      producerId: signUp.body.producerId,
      locale: 'vi',
    });
  });

  it('refuses a second account with the same email, naming the field, and writes nothing', async () => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM producers');
    const response = await request(t.http)
      .post('/api/v1/producers/sign-up')
      .send({ ...account, email: 'HOP.TAC.XA@phuvinh.vn' })
      .expect(409);
    expect(response.body.fields).toEqual([{ field: 'email', message: 'is already registered' }]);
    const after = await t.dataSource.query('SELECT count(*)::int AS n FROM producers');
    expect(after[0].n).toBe(before[0].n);
  });

  it('rejects a wrong password with 401', async () => {
    await request(t.http)
      .post('/api/v1/auth/login')
      .send({ email: account.email, password: 'wrong password' })
      .expect(401)
      .expect((r) => expect(r.body.code).toBe('invalid_credentials'));
  });

  it('logout revokes the token; other sessions stay until revoked by id', async () => {
    const first = (await request(t.http).post('/api/v1/auth/login').send(credentials).expect(200))
      .body.token;
    const second = (await request(t.http).post('/api/v1/auth/login').send(credentials).expect(200))
      .body.token;

    await request(t.http).post('/api/v1/auth/logout').set(bearer(first)).expect(204);
    await request(t.http).get('/api/v1/auth/me').set(bearer(first)).expect(401);
    const sessions = await request(t.http)
      .get('/api/v1/auth/sessions')
      .set(bearer(second))
      .expect(200);
    const current = sessions.body.find((s: { current: boolean }) => s.current);
    const others = sessions.body.filter((s: { current: boolean }) => !s.current);
    expect(current).toBeDefined();

    const third = (await request(t.http).post('/api/v1/auth/login').send(credentials).expect(200))
      .body.token;
    const listed = await request(t.http)
      .get('/api/v1/auth/sessions')
      .set(bearer(third))
      .expect(200);
    const secondSession = listed.body.find((s: { id: string }) => s.id === current.id);
    await request(t.http)
      .delete(`/api/v1/auth/sessions/${secondSession.id}`)
      .set(bearer(third))
      .expect(204);
    await request(t.http).get('/api/v1/auth/me').set(bearer(second)).expect(401);
    await request(t.http).get('/api/v1/auth/me').set(bearer(third)).expect(200);
    await request(t.http)
      .delete(`/api/v1/auth/sessions/${secondSession.id}`)
      .set(bearer(third))
      .expect(404);
    expect(others.length).toBeGreaterThanOrEqual(1);
  });

  it('answers 401 without a token and for a forged one', async () => {
    await request(t.http).get('/api/v1/auth/me').expect(401);
    await request(t.http).get('/api/v1/auth/me').set(bearer('hc_forged-token-value')).expect(401);
  });
});
