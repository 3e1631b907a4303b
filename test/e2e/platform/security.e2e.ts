import { Writable } from 'node:stream';
import request from 'supertest';
import { Role } from '@hoicho/platform';
import { createProducer, createTestApp, createUser, mailTo, TestApp } from '../../support/test-app';

describe('security headers on every answer', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it.each([
    ['an API answer', '/health'],
    ['an API error', '/api/v1/auth/me'],
    ['the OpenAPI page', '/docs'],
    ['a server-rendered page', '/invitations/not-a-real-invitation-token-0123456789'],
    ['the dev mailbox', '/dev/mailbox'],
  ])(
    '%s carries CSP, frame-ancestors, nosniff and a referrer policy, and no X-Powered-By',
    async (_what, path) => {
      const answer = await request(t.http).get(path).redirects(1);
      const csp = answer.headers['content-security-policy'] ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['referrer-policy']).toMatch(
        /^(strict-origin-when-cross-origin|no-referrer)$/,
      );
      expect(answer.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(answer.headers['x-powered-by']).toBeUndefined();
    },
  );
});

describe('the dev mailbox in production', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ NODE_ENV: 'production' })));
  afterAll(() => t.close());

  it('is never mounted, even with a capture server at hand', async () => {
    await request(t.http).get('/dev/mailbox').expect(404);
    await request(t.http).get('/dev/mailbox/messages').expect(404);
  });
});

describe('emailed tokens never reach the log', () => {
  let t: TestApp;
  let log = '';
  beforeAll(async () => {
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        log += chunk.toString();
        done();
      },
    });
    t = await createTestApp({ LOG_LEVEL: 'debug' }, { logDestination: destination });
  });
  afterAll(() => t.close());

  it('reset, verification, invitation and unsubscribe tokens are redacted in URLs and bodies', async () => {
    const producerId = await createProducer(t);
    const user = await createUser(t, Role.Producer, { producerId }, 'old password 123');
    await request(t.http)
      .post('/api/v1/auth/password-reset')
      .send({ email: user.email })
      .expect(202);
    const reset = /reset-password\?token=([\w-]+)/.exec((await mailTo(t, user.email)).text)![1];
    await request(t.http).get(`/account/reset-password?token=${reset}`);
    await request(t.http)
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token: reset, password: 'gốm men lam ba trăm năm' })
      .expect(204);
    const invitation = 'b3BlbiBzZXNhbWUgMDEyMzQ1Njc4OWFiY2RlZmdoaWprbG0';
    await request(t.http).get(`/invitations/${invitation}`);
    await request(t.http).get(`/api/v1/invitations/${invitation}`);
    await request(t.http)
      .post(`/api/v1/invitations/${invitation}/answer`)
      .send({ answer: 'accept' });
    const verification = 'dmVyaWZ5IG1lIHBsZWFzZSAwMTIzNDU2Nzg5YWJjZGVm';
    await request(t.http).post('/api/v1/auth/verify-email').send({ token: verification });
    const unsubscribe = 'dW5zdWJzY3JpYmUgbWUgMDEyMzQ1Njc4OWFiY2RlZmdo.c2ln';
    await request(t.http).get(`/api/v1/unsubscribe?token=${unsubscribe}`);

    expect(log).toContain('/invitations/[redacted]');
    expect(log).toContain('/account/reset-password?token=[redacted]');
    for (const token of [reset, invitation, verification, unsubscribe]) {
      expect(log).not.toContain(token);
    }
  });
});
