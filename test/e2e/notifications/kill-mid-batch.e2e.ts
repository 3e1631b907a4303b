import { createTestApp, TestApp } from '../../support/test-app';
import {
  messageIdOf,
  record,
  spawnWorker,
  statusCounts,
  uniqueEmail,
  verifyEmail,
  waitSettled,
  WorkerProcess,
} from './support/notifications';
import { SlowSmtp, startSlowSmtp } from './support/slow-smtp';

/**
 * Real processes: the compiled worker (dist/apps/worker/src/main.js), so this needs
 * `npm run build` first — `npm test` builds before it runs jest.
 */
describe('a worker killed in the middle of a batch, while the SMTP server holds one message', () => {
  const N = 40; // two jobs of MAIL_BATCH_SIZE (20)
  let t: TestApp;
  let smtp: SlowSmtp;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'false' });
    smtp = await startSlowSmtp({ delayMs: 20 });
  });
  afterAll(async () => {
    for (const worker of workers) await worker.kill('SIGKILL');
    await smtp.stop();
    await t.close();
  });

  const workerEnv = () => ({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: t.database.url,
    REDIS_URL: t.env.REDIS_URL,
    SMTP_URL: smtp.url,
    QUEUE_PREFIX: t.redisPrefix,
    APP_SECRET: t.env.APP_SECRET,
    PUBLIC_URL: t.env.PUBLIC_URL,
    // One connection: the held message is the only one in an SMTP conversation at the kill.
    SMTP_POOL_SIZE: '1',
    MAIL_CONCURRENCY: '5',
    MAIL_LEASE_MS: '2000',
    OUTBOX_SWEEP_INTERVAL_MS: '300',
    OUTBOX_GRACE_MS: '500',
  });

  it('has recorded every message the server accepted before the kill, and sends again only the held one', async () => {
    const ids = await record(
      t,
      ...Array.from({ length: N }, (_, i) => verifyEmail(uniqueEmail(`batch${i}`))),
    );
    const expected = new Set(ids.map(messageIdOf));

    const first = await spawnWorker(workerEnv());
    workers.push(first);
    await smtp.waitFor(() => smtp.distinct() >= 10);
    const heldId = await smtp.holdNext();
    await first.kill('SIGKILL');
    const acceptedBefore = smtp.distinct();

    // Everything the server had answered is on record as sent; the held message is not.
    const sent: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM outbox_messages WHERE id = ANY($1::uuid[]) AND status = 'sent'`,
      [ids],
    );
    expect(sent.length).toBe(acceptedBefore);
    expect(new Set(sent.map((r) => messageIdOf(r.id)))).toEqual(new Set(smtp.received));
    expect(sent.map((r) => messageIdOf(r.id))).not.toContain(heldId);
    expect(acceptedBefore).toBeLessThan(N);

    // The server had the whole held message: it keeps it though the sender is gone.
    smtp.release();

    const second = await spawnWorker(workerEnv());
    workers.push(second);
    const settled = await waitSettled(t, ids, 120_000);
    expect(settled.every((r) => r.status === 'sent')).toBe(true);
    // Stopped, it sends nothing more: the capture's counts are final.
    await second.kill('SIGTERM');

    const counts = new Map<string, number>();
    for (const messageId of smtp.received) counts.set(messageId, (counts.get(messageId) ?? 0) + 1);
    expect([...counts.keys()].every((m) => expected.has(m))).toBe(true);
    expect(counts.size).toBe(N);
    const duplicated = [...counts].filter(([, n]) => n > 1);
    expect(duplicated).toEqual([[heldId, 2]]);
    expect(smtp.received.length).toBe(N + 1);
    expect(await statusCounts(t, ids)).toEqual({ sent: N });
  });
});
