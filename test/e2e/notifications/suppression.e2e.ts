import request from 'supertest';
import { createHmac } from 'node:crypto';
import {
  emailFromUnsubscribeToken,
  SuppressionService,
  unsubscribeToken,
} from '@hoicho/notifications';
import { createTestApp, TestApp } from '../../support/test-app';
import {
  campaignMail,
  receivedCount,
  record,
  sleep,
  uniqueEmail,
  verifyEmail,
  waitSettled,
} from './support/notifications';

describe('suppression and one-click unsubscribe (RFC 8058)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ PUBLIC_URL: 'https://hoicho.test' })));
  afterAll(() => t.close());

  it('does not send to an address suppressed for everything, and records why', async () => {
    const to = uniqueEmail('bounced');
    await t.app.get(SuppressionService).suppress(to.toUpperCase(), 'all', 'bounced');
    // The address as a person typed it: the outbox keeps it normalised, and the check still matches.
    const typed = to.replace(/^./, (c) => c.toUpperCase());
    const [transactional, bulk] = await record(t, verifyEmail(typed), campaignMail(to));
    const settled = await waitSettled(t, [transactional, bulk]);
    expect(settled.map((r) => [r.status, r.attempts, r.recipient])).toEqual([
      ['suppressed', 1, to],
      ['suppressed', 1, to],
    ]);
    expect(settled[0].last_error).toContain('suppression');
    await sleep(1500);
    expect(t.mailbox.list({ to })).toEqual([]);
  });

  it('sends bulk mail with one-click unsubscribe headers; the POST suppresses bulk mail idempotently, not account mail', async () => {
    const to = uniqueEmail('Fan');
    const [first] = await record(t, campaignMail(to));
    const [received] = (await t.mailbox.waitFor((all) => receivedCount(all, first) === 1)).filter(
      (m) => receivedCount([m], first) === 1,
    );

    // RFC 8058: an https URI in List-Unsubscribe and the fixed List-Unsubscribe-Post value.
    const listUnsubscribe = received.headers['list-unsubscribe'];
    expect(listUnsubscribe).toMatch(
      /^<https:\/\/hoicho\.test\/unsubscribe\?token=u2\.[\w-]+&lang=(vi|en)>$/,
    );
    expect(received.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const url = new URL(listUnsubscribe.slice(1, -1));
    const token = url.searchParams.get('token')!;
    // Sealed: the address cannot be read from the link, only opened with the secret.
    // (Ciphertext bytes are random, so a single '@' byte may occur: look for the address's parts.)
    const sealed = Buffer.from(token.slice(3), 'base64url').toString('latin1').toLowerCase();
    for (const part of to.toLowerCase().split('@')) expect(sealed).not.toContain(part);
    expect(emailFromUnsubscribeToken(token, t.env.APP_SECRET)).toBe(to.toLowerCase());
    // The footer carries the same link, in both parts.
    expect(received.text).toContain(url.toString());
    expect(received.html).toContain('unsubscribe?token');

    // What a mail client does: POST the form field to the URL, no login, no cookies; it gets
    // the result page at once (no redirect to follow).
    for (let i = 0; i < 2; i++) {
      const response = await request(t.http)
        .post(`${url.pathname}${url.search}`)
        .type('form')
        .send('List-Unsubscribe=One-Click')
        .expect(200);
      expect(response.text).toContain('Invitations stopped');
    }
    expect(
      await t.dataSource.query('SELECT scope, reason FROM suppressions WHERE email = $1', [to]),
    ).toEqual([{ scope: 'bulk', reason: 'unsubscribed' }]);

    // A later campaign is not sent; the account mail the person asked for still is.
    const [laterBulk, accountMail] = await record(t, campaignMail(to), verifyEmail(to));
    const settled = await waitSettled(t, [laterBulk, accountMail]);
    expect(settled.find((r) => r.id === laterBulk)).toMatchObject({ status: 'suppressed' });
    expect(settled.find((r) => r.id === accountMail)).toMatchObject({ status: 'sent' });
    await sleep(1500);
    const mailbox = t.mailbox.list();
    expect(receivedCount(mailbox, laterBulk)).toBe(0);
    expect(receivedCount(mailbox, accountMail)).toBe(1);
    // Account mail carries no unsubscribe headers.
    const account = mailbox.find((m) => receivedCount([m], accountMail) === 1)!;
    expect(account.headers['list-unsubscribe']).toBeUndefined();
    expect(account.headers['list-unsubscribe-post']).toBeUndefined();
  });

  it('shows a confirmation page in the visitor’s language on GET (link scanners unsubscribe nobody); its button unsubscribes and redirects', async () => {
    const to = uniqueEmail('page');
    const token = unsubscribeToken(to, t.env.APP_SECRET);
    const page = await request(t.http).get(`/unsubscribe?token=${token}&lang=en`).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<html lang="en">');
    expect(page.text).toContain('You will no longer receive fair invitations');
    // The address is recognisable, not spelt out.
    expect(page.text).toContain(`${to.slice(0, 2)}•••@`);
    expect(page.text).not.toContain(to);
    const vi = await request(t.http)
      .get(`/unsubscribe?token=${token}`)
      .set('Accept-Language', 'vi-VN,vi;q=0.9')
      .expect(200);
    expect(vi.text).toContain('Bạn sẽ không nhận thư mời');
    expect(await t.dataSource.query('SELECT 1 FROM suppressions WHERE email = $1', [to])).toEqual(
      [],
    );

    // The page's button: Post/Redirect/Get, the result in the same language.
    const posted = await request(t.http)
      .post(`/unsubscribe?token=${token}&lang=en`)
      .type('form')
      .send({ 'List-Unsubscribe': 'One-Click', from: 'page' })
      .expect(303);
    expect(posted.headers.location).toBe('/unsubscribe/done?lang=en');
    const done = await request(t.http).get(posted.headers.location).expect(200);
    expect(done.text).toContain('Invitations stopped');
    expect(
      await t.dataSource.query('SELECT scope FROM suppressions WHERE email = $1', [to]),
    ).toEqual([{ scope: 'bulk' }]);
  });

  it('keeps links already sent working: the first URL redirects to the page, its one-click POST and the base64 tokens still unsubscribe', async () => {
    const to = uniqueEmail('legacy');
    const legacy = `${Buffer.from(to).toString('base64url')}.${createHmac(
      'sha256',
      t.env.APP_SECRET,
    )
      .update(`unsubscribe:${to}`)
      .digest('base64url')
      .slice(0, 32)}`;
    const opened = await request(t.http).get(`/api/v1/unsubscribe?token=${legacy}`).expect(303);
    expect(opened.headers.location).toBe(`/unsubscribe?token=${legacy}`);
    await request(t.http).get(opened.headers.location).expect(200);
    const response = await request(t.http)
      .post(`/api/v1/unsubscribe?token=${legacy}`)
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(200);
    expect(response.body).toEqual({ unsubscribed: true });
    expect(await t.dataSource.query('SELECT 1 FROM suppressions WHERE email = $1', [to])).toEqual([
      { '?column?': 1 },
    ]);
  });

  it('refuses a forged or missing token with a page naming the problem, and suppresses nobody', async () => {
    const to = uniqueEmail('forged');
    const forged = unsubscribeToken(to, 'another-secret-another-secret-0123456789');
    const page = await request(t.http).get(`/unsubscribe?token=${forged}&lang=vi`).expect(400);
    expect(page.text).toContain('Liên kết không hợp lệ');
    await request(t.http)
      .post(`/unsubscribe?token=${forged}`)
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(400);
    await request(t.http)
      .post(`/api/v1/unsubscribe?token=${forged}`)
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(400);
    await request(t.http)
      .post('/api/v1/unsubscribe')
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(400);
    expect(await t.dataSource.query('SELECT 1 FROM suppressions WHERE email = $1', [to])).toEqual(
      [],
    );
  });
});
