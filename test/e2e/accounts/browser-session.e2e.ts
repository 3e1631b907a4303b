import request from 'supertest';
import { Role } from '@hoicho/platform';
import { bearer, createProducer, createTestApp, createUser, TestApp } from '../../support/test-app';

const ORIGIN = 'https://hoicho.test';
const PASSWORD = 'correct horse battery';

describe('browser sessions (an HttpOnly cookie with an origin check)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  async function browserSignIn(email: string): Promise<string> {
    const answer = await request(t.http)
      .post('/api/v1/auth/browser-session')
      .set('Origin', ORIGIN)
      .send({ email, password: PASSWORD })
      .expect(200);
    const cookie = [answer.headers['set-cookie']]
      .flat()
      .find((c) => c.startsWith('hoicho_session='))!;
    return cookie.split(';')[0];
  }

  it('signs in with a cookie scripts cannot read, and answers who is signed in', async () => {
    const producerId = await createProducer(t);
    const user = await createUser(t, Role.Producer, { producerId });
    const answer = await request(t.http)
      .post('/api/v1/auth/browser-session')
      .set('Origin', ORIGIN)
      .send({ email: user.email, password: PASSWORD })
      .expect(200);
    expect(answer.body).toMatchObject({ email: user.email, role: 'producer', producerId });
    expect(JSON.stringify(answer.body)).not.toContain('hc_');
    const cookie = [answer.headers['set-cookie']].flat()[0];
    expect(cookie).toMatch(/^hoicho_session=hc_[\w-]+;/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Secure/); // PUBLIC_URL is https here

    const session = cookie.split(';')[0];
    const me = await request(t.http).get('/api/v1/auth/browser-session').set('Cookie', session);
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ email: user.email });
    await request(t.http).get('/api/v1/auth/me').set('Cookie', session).expect(200);
  });

  it('answers "nobody" with a 200 when no one is signed in', async () => {
    const answer = await request(t.http).get('/api/v1/auth/browser-session').expect(200);
    expect(answer.body).toEqual({ user: null });
  });

  it('refuses a cookie-borne change from another site, and one with no origin at all', async () => {
    const producerId = await createProducer(t);
    const user = await createUser(t, Role.Producer, { producerId });
    const session = await browserSignIn(user.email);
    for (const origin of ['https://evil.example', undefined]) {
      const call = request(t.http).patch('/api/v1/auth/me').set('Cookie', session);
      if (origin) call.set('Origin', origin);
      const answer = await call.send({ locale: 'en' });
      expect(answer.status).toBe(403);
      expect(answer.body.code).toBe('cross_origin_refused');
    }
    const [{ locale }] = await t.dataSource.query('SELECT locale FROM users WHERE id = $1', [
      user.id,
    ]);
    expect(locale).toBe('vi');

    await request(t.http)
      .patch('/api/v1/auth/me')
      .set('Cookie', session)
      .set('Origin', ORIGIN)
      .send({ locale: 'en' })
      .expect(200)
      .expect((r) => expect(r.body.locale).toBe('en'));
    // Reads need no origin: a link followed from a mail is a plain GET.
    await request(t.http).get('/api/v1/auth/sessions').set('Cookie', session).expect(200);
  });

  it('refuses a sign-in posted from another site (it would sign a victim into our account)', async () => {
    const producerId = await createProducer(t);
    const user = await createUser(t, Role.Producer, { producerId });
    const answer = await request(t.http)
      .post('/api/v1/auth/browser-session')
      .set('Origin', 'https://evil.example')
      .send({ email: user.email, password: PASSWORD });
    expect(answer.status).toBe(403);
    expect(answer.headers['set-cookie']).toBeUndefined();
  });

  it('leaves bearer clients alone: no origin is needed with a token', async () => {
    const producerId = await createProducer(t);
    const user = await createUser(t, Role.Producer, { producerId });
    await request(t.http)
      .patch('/api/v1/auth/me')
      .set(bearer(user.token))
      .send({ fullName: 'Trần Thị Bình' })
      .expect(200)
      .expect((r) => expect(r.body.fullName).toBe('Trần Thị Bình'));
  });

  it('signs out: the session ends and the cookie is cleared', async () => {
    const producerId = await createProducer(t);
    const user = await createUser(t, Role.Producer, { producerId });
    const session = await browserSignIn(user.email);
    const answer = await request(t.http)
      .delete('/api/v1/auth/browser-session')
      .set('Cookie', session)
      .set('Origin', ORIGIN)
      .expect(204);
    expect([answer.headers['set-cookie']].flat()[0]).toMatch(
      /^hoicho_session=;.*Expires=Thu, 01 Jan 1970/,
    );
    await request(t.http).get('/api/v1/auth/me').set('Cookie', session).expect(401);
  });
});
