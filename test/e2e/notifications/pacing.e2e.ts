import { INestApplicationContext } from '@nestjs/common';
import { createTestApp, TestApp } from '../../support/test-app';
import {
  messageIdOf,
  record,
  rows,
  sleep,
  startWorkerApp,
  uniqueEmail,
  verifyEmail,
  waitSettled,
  waitUntil,
} from './support/notifications';
import { SlowSmtp, startSlowSmtp } from './support/slow-smtp';

describe('a send slower than its lease', () => {
  let t: TestApp;
  let smtp: SlowSmtp;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'false' });
    smtp = await startSlowSmtp({ delayMs: 0 });
  });
  afterAll(async () => {
    await worker?.close();
    await smtp.stop();
    await t.close();
  });

  it('is recorded as sent when the answer comes, and is not sent again by the sweep', async () => {
    const [id] = await record(t, verifyEmail(uniqueEmail('slow')));
    // The server holds its answer until the lease (1 s) has run out and the sweep (every 300 ms)
    // has taken the row back: the order is the test's, however slowly the machine runs. The
    // sweep would re-queue the row after its grace and another job send it again: that is the
    // dead-worker path (worker-crash), so the grace outlasts the test and only the answer can
    // settle the row.
    const held = smtp.holdNext();
    worker = await startWorkerApp(t, {
      SMTP_URL: smtp.url,
      MAIL_LEASE_MS: '1000',
      OUTBOX_SWEEP_INTERVAL_MS: '300',
      OUTBOX_GRACE_MS: '600000',
    });
    expect(await held).toBe(messageIdOf(id));
    await waitUntil(
      'the sweep to take the lease back',
      async () => (await rows(t, [id]))[0].status === 'retrying',
    );
    smtp.release();
    await smtp.waitFor(() => smtp.received.length === 1);
    const [row] = await waitUntil('the row to be sent', async () => {
      const found = await rows(t, [id]);
      return found[0].status === 'sent' && found;
    });
    expect(row.attempts).toBe(1);
    await sleep(2000);
    expect(smtp.received).toEqual([messageIdOf(id)]);
    expect((await rows(t, [id]))[0]).toMatchObject({ status: 'sent', attempts: 1 });
  });
});

describe('the per-queue rate limit', () => {
  let t: TestApp;
  beforeAll(
    async () =>
      (t = await createTestApp({ MAIL_RATE_LIMIT_PER_SECOND: '10', MAIL_CONCURRENCY: '20' })),
  );
  afterAll(() => t.close());

  it('paces sending to MAIL_RATE_LIMIT_PER_SECOND and still delivers everything', async () => {
    const ids = await record(
      t,
      ...Array.from({ length: 25 }, (_, i) => verifyEmail(uniqueEmail(`paced${i}`))),
    );
    const started = Date.now();
    const settled = await waitSettled(t, ids);
    const elapsed = Date.now() - started;
    expect(settled.every((r) => r.status === 'sent')).toBe(true);
    // 10 a second: 25 messages need at least two full windows after the first.
    expect(elapsed).toBeGreaterThanOrEqual(1900);
    // The limiter paces job starts (the claim stamps last_attempt_at), one-second windows of 10:
    // 25 messages take three windows, so the last claim comes two seconds after the first.
    const [{ spread }] = await t.dataSource.query(
      `SELECT extract(epoch FROM max(last_attempt_at) - min(last_attempt_at)) * 1000 AS spread FROM outbox_messages WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    expect(Number(spread)).toBeGreaterThan(1900);
    expect(
      t.mailbox.list().filter((m) => ids.some((id) => m.messageId?.includes(id))),
    ).toHaveLength(25);
  });
});
