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
});
