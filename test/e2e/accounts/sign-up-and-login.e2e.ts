import request from 'supertest';
import { CapturedMessage } from '@hoicho/platform';
import { bearer, createTestApp, mailTo, TestApp } from '../../support/test-app';

function linkIn(message: CapturedMessage, path: string): URL {
  const match = new RegExp(`https://hoicho\\.test${path}\\?token=[\\w-]+`).exec(message.text);
  if (!match) throw new Error(`no ${path} link in: ${message.text}`);
  return new URL(match[0]);
}

const withoutRequestId = ({ requestId: _requestId, ...rest }: Record<string, unknown>) => rest;

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
    expect(signUp.body).toEqual({ next: 'check your email to confirm the address' });

    const mail = await mailTo(t, 'hop.tac.xa@phuvinh.vn');
    expect(mail.subject).toBe('Xác nhận địa chỉ email của bạn');
    expect(mail.text).toContain('Xin chào Nguyễn Văn <An>');
    expect(mail.html).toContain('Nguyễn Văn &lt;An&gt;');
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@hoicho\.local>$/);

    // Before confirming, the right password answers as a wrong one does (no password oracle),
    // and the owner gets a fresh link, which replaces the first.
    const early = await request(t.http)
      .post('/api/v1/auth/login')
      .send({ email: account.email, password: account.password })
      .expect(401);
    const wrong = await request(t.http)
      .post('/api/v1/auth/login')
      .send({ email: account.email, password: 'not the password at all' })
      .expect(401);
    expect(withoutRequestId(early.body)).toEqual(withoutRequestId(wrong.body));
    expect(early.body.code).toBe('invalid_credentials');
    const fresh = await mailTo(t, 'hop.tac.xa@phuvinh.vn', 2);
    expect(fresh.subject).toBe('Xác nhận địa chỉ email của bạn');
    const stale = linkIn(mail, '/account/verify-email').searchParams.get('token')!;
    await request(t.http)
      .post('/api/v1/auth/verify-email')
      .send({ token: stale })
      .expect(400)
      .expect((r) => expect(r.body.code).toBe('token_invalid'));

    // The link opens the web app's confirmation screen, which posts the token.
    const link = linkIn(fresh, '/account/verify-email');
    const token = link.searchParams.get('token')!;
    await request(t.http)
      .post('/api/v1/auth/verify-email')
      .send({ token })
      .expect(200, { status: 'verified' });
    // Used again (a mail scanner came first, or a second click): confirmed, not an error.
    await request(t.http)
      .post('/api/v1/auth/verify-email')
      .send({ token })
      .expect(200, { status: 'already_verified' });
    // A made-up token is still refused.
    await request(t.http)
      .post('/api/v1/auth/verify-email')
      .send({ token: `${token.slice(0, -4)}AAAA` })
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
      producerId: expect.any(String),
      locale: 'vi',
    });
  });

  it('answers a sign-up with a taken address exactly as a new one, writes nothing and tells the owner', async () => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM producers');
    const taken = await request(t.http)
      .post('/api/v1/producers/sign-up')
      .send({ ...account, email: 'HOP.TAC.XA@phuvinh.vn', producerName: 'Kẻ mạo danh' });
    const fresh = await request(t.http)
      .post('/api/v1/producers/sign-up')
      .send({ ...account, email: 'moi.dang.ky@phuvinh.vn' });
    expect({ status: taken.status, body: taken.body }).toEqual({
      status: fresh.status,
      body: fresh.body,
    });
    expect(taken.status).toBe(201);
    const after = await t.dataSource.query('SELECT count(*)::int AS n FROM producers');
    expect(after[0].n).toBe(before[0].n + 1);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM producers WHERE legal_name_vi = 'Kẻ mạo danh'`,
    );
    expect(n).toBe(0);
    const told = await mailTo(t, 'hop.tac.xa@phuvinh.vn', 3);
    expect(told.subject).toBe('Có người vừa đăng ký Hội Chợ bằng email của bạn');
    expect(told.text).toContain('https://hoicho.test/forgot-password');
  });

  it('refuses a guessable password, naming the field, in the language of the form', async () => {
    const vi = await request(t.http)
      .post('/api/v1/producers/sign-up')
      .send({ ...account, email: 'yeu@phuvinh.vn', password: 'password12' })
      .expect(400);
    expect(vi.body.code).toBe('password_too_weak');
    expect(vi.body.fields).toEqual([
      { field: 'password', message: expect.stringMatching(/phổ biến/) },
    ]);
    const en = await request(t.http)
      .post('/api/v1/producers/sign-up')
      .send({ ...account, email: 'weak@phuvinh.vn', password: 'aaaaaaaaaa', locale: 'en' })
      .expect(400);
    expect(en.body.fields).toEqual([
      { field: 'password', message: expect.stringMatching(/repeat/) },
    ]);
    const personal = await request(t.http)
      .post('/api/v1/producers/sign-up')
      .send({ ...account, email: 'phuvinh2026@phuvinh.vn', password: 'phuvinh2026', locale: 'en' })
      .expect(400);
    expect(personal.body.fields[0].field).toBe('password');
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM users WHERE email IN ('yeu@phuvinh.vn', 'weak@phuvinh.vn', 'phuvinh2026@phuvinh.vn')`,
    );
    expect(n).toBe(0);
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
