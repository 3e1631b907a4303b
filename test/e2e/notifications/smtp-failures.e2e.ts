import { createTestApp, TestApp } from '../../support/test-app';
import {
  receivedCount,
  record,
  rows,
  sleep,
  uniqueEmail,
  verifyEmail,
  waitSettled,
} from './support/notifications';

describe('SMTP answers: 4xx retries with backoff, 5xx fails at once', () => {
  let t: TestApp;
  const rcptCalls = new Map<string, number>();

  beforeAll(async () => {
    // Backoff 200 ms → retries after 200 ms and 400 ms; up to 6 attempts.
    t = await createTestApp({ MAIL_BACKOFF_MS: '200', MAIL_MAX_ATTEMPTS: '6' });
    t.smtp.setRecipientPolicy((recipient) => {
      const calls = (rcptCalls.get(recipient) ?? 0) + 1;
      rcptCalls.set(recipient, calls);
      // A greylisting server: the first two attempts of a "defer" address are deferred.
      if (recipient.startsWith('defer-') && calls <= 2)
        return { code: 451, message: '4.7.1 Greylisted, please try again later' };
      if (recipient.startsWith('reject-')) return { code: 550, message: '5.1.1 No such user here' };
      return undefined;
    });
  });
  afterAll(() => t.close());

  it('delivers every deferred message after retries and fails refused ones at once, with the reason', async () => {
    const ok = Array.from({ length: 10 }, (_, i) => uniqueEmail(`ok${i}`));
    const deferred = Array.from({ length: 8 }, (_, i) => uniqueEmail(`defer-${i}`));
    const refused = Array.from({ length: 4 }, (_, i) => uniqueEmail(`reject-${i}`));
    const all = [...ok, ...deferred, ...refused];
    // Interleaved, so the deferred and refused ones share connections with good ones.
    const order = all
      .map((to, i) => ({ to, key: (i * 7) % all.length }))
      .sort((a, b) => a.key - b.key);
    const ids = await record(t, ...order.map(({ to }) => verifyEmail(to)));
    const idOf = new Map(order.map(({ to }, i) => [to, ids[i]]));

    const settled = await waitSettled(t, ids);
    const byRecipient = new Map(settled.map((r) => [r.recipient, r]));

    for (const to of ok) expect(byRecipient.get(to)).toMatchObject({ status: 'sent', attempts: 1 });
    for (const to of deferred) {
      const row = byRecipient.get(to)!;
      expect(row).toMatchObject({ status: 'sent', attempts: 3 });
      expect(row.smtp_response).toMatch(/^250/);
      // Attempts keep the history; success clears the deferral's error.
      expect(row.last_error).toBeNull();
      expect(rcptCalls.get(to)).toBe(3);
    }
    for (const to of refused) {
      const row = byRecipient.get(to)!;
      expect(row).toMatchObject({ status: 'failed', attempts: 1 });
      expect(row.smtp_response).toContain('550');
      expect(row.smtp_response).toContain('No such user here');
      expect(row.last_error).toContain('550');
      expect(rcptCalls.get(to)).toBe(1);
    }

    // Everything deliverable arrived exactly once; nothing refused arrived; nothing is retried later.
    await sleep(2000);
    const mailbox = t.mailbox.list();
    for (const to of [...ok, ...deferred]) expect(receivedCount(mailbox, idOf.get(to)!)).toBe(1);
    for (const to of refused) expect(t.mailbox.list({ to })).toEqual([]);
    for (const to of refused) expect(rcptCalls.get(to)).toBe(1);
    const after = await rows(t, ids);
    expect(after.filter((r) => r.status === 'failed').map((r) => r.attempts)).toEqual([1, 1, 1, 1]);
  });

  it('keeps a message retrying while the server keeps deferring, then fails it after the last attempt', async () => {
    const to = uniqueEmail('always');
    // Its own app: a smaller attempt limit and shorter backoff.
    const app = await createTestApp({ MAIL_BACKOFF_MS: '50', MAIL_MAX_ATTEMPTS: '3' });
    try {
      app.smtp.setRecipientPolicy((recipient) =>
        recipient === to ? { code: 452, message: '4.2.2 Mailbox full' } : undefined,
      );
      const [id] = await record(app, verifyEmail(to));
      const [row] = await waitSettled(app, [id]);
      expect(row).toMatchObject({ status: 'failed', attempts: 3 });
      expect(row.last_error).toContain('452');
      expect(app.mailbox.list({ to })).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
