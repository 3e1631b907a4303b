import request from 'supertest';
import { Role } from '@hoicho/platform';
import {
  bearer,
  createProducer,
  createTestApp,
  createUser,
  mailTo,
  TestApp,
} from '../../support/test-app';

describe('password reset by email', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('emails a link; the new password works, the old one and every old session do not', async () => {
    const producerId = await createProducer(t);
    const user = await createUser(t, Role.Producer, { producerId }, 'old password 123');

    await request(t.http)
      .post('/api/v1/auth/password-reset')
      .send({ email: user.email.toUpperCase() })
      .expect(202);
    const mail = await mailTo(t, user.email);
    expect(mail.subject).toBe('Đặt lại mật khẩu Hội Chợ');
    const token = /reset-password\?token=([\w-]+)/.exec(mail.text)![1];

    await request(t.http)
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token, password: 'short' })
      .expect(400)
      .expect((r) => expect(r.body.fields[0].field).toBe('password'));
    await request(t.http)
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token, password: 'new password 456' })
      .expect(204);
    await request(t.http)
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token, password: 'another one 789' })
      .expect(400)
      .expect((r) => expect(r.body.code).toBe('token_invalid'));

    await request(t.http).get('/api/v1/auth/me').set(bearer(user.token)).expect(401);
    await request(t.http)
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: 'old password 123' })
      .expect(401);
    await request(t.http)
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: 'new password 456' })
      .expect(200);
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const before = t.mailbox.list().length;
    await request(t.http)
      .post('/api/v1/auth/password-reset')
      .send({ email: 'nobody@example.vn' })
      .expect(202);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_messages WHERE recipient = 'nobody@example.vn'`,
    );
    expect(n).toBe(0);
    expect(t.mailbox.list().length).toBe(before);
  });

  const tokenIn = (text: string) => /reset-password\?token=([\w-]+)/.exec(text)![1];

  it('a newer link ends the older one; using it ends every other link', async () => {
    const producerId = await createProducer(t);
    const user = await createUser(t, Role.Producer, { producerId }, 'old password 123');
    const ask = () =>
      request(t.http).post('/api/v1/auth/password-reset').send({ email: user.email }).expect(202);
    await ask();
    const older = tokenIn((await mailTo(t, user.email, 1)).text);
    await ask();
    const newer = tokenIn((await mailTo(t, user.email, 2)).text);
    expect(newer).not.toBe(older);
    await request(t.http)
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token: older, password: 'gốm men lam ba trăm năm' })
      .expect(400)
      .expect((r) => expect(r.body.code).toBe('token_invalid'));
    await ask();
    const newest = tokenIn((await mailTo(t, user.email, 3)).text);
    await request(t.http)
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token: newest, password: 'gốm men lam ba trăm năm' })
      .expect(204);
    const [{ n }] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM auth_tokens WHERE user_id = $1 AND used_at IS NULL',
      [user.id],
    );
    expect(n).toBe(0);
    await request(t.http)
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token: newer, password: 'another strong one 789' })
      .expect(400);
  });

  it('refuses a guessable new password naming the field, and the link still works after', async () => {
    const producerId = await createProducer(t);
    const user = await createUser(t, Role.Producer, { producerId }, 'old password 123');
    await request(t.http)
      .post('/api/v1/auth/password-reset')
      .send({ email: user.email })
      .expect(202);
    const token = tokenIn((await mailTo(t, user.email)).text);
    const weak = await request(t.http)
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token, password: 'password12' })
      .expect(400);
    expect(weak.body.code).toBe('password_too_weak');
    expect(weak.body.fields).toEqual([
      { field: 'password', message: expect.stringMatching(/phổ biến/) },
    ]);
    await request(t.http)
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token, password: 'gốm men lam ba trăm năm' })
      .expect(204);
  });

  it('answers a known and an unknown address with the same status and body', async () => {
    const producerId = await createProducer(t);
    const user = await createUser(t, Role.Producer, { producerId }, 'old password 123');
    const known = await request(t.http)
      .post('/api/v1/auth/password-reset')
      .send({ email: user.email });
    const unknown = await request(t.http)
      .post('/api/v1/auth/password-reset')
      .send({ email: 'no.account@example.vn' });
    expect({ status: known.status, body: known.body }).toEqual({
      status: unknown.status,
      body: unknown.body,
    });
    await mailTo(t, user.email);
  });
});
