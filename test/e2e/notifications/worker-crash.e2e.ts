import { getPriority } from 'node:os';
import { createTestApp, TestApp } from '../../support/test-app';
import {
  messageIdOf,
  record,
  sleep,
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
describe('a worker process killed with SIGKILL while sending', () => {
  const N = 300;
  const CONCURRENCY = 10;
  let t: TestApp;
  let smtp: SlowSmtp;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    // The api records and enqueues but consumes nothing; the worker processes do.
    t = await createTestApp({ RUN_WORKERS: 'false' });
    // 100 ms per message and 10 connections: ~100 messages a second, 10 always in flight.
    smtp = await startSlowSmtp({ delayMs: 100 });
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
    MAIL_CONCURRENCY: String(CONCURRENCY),
    SMTP_POOL_SIZE: String(CONCURRENCY),
    MAIL_LEASE_MS: '2000',
    MAIL_BACKOFF_MS: '200',
    OUTBOX_SWEEP_INTERVAL_MS: '300',
    OUTBOX_GRACE_MS: '500',
  });

  it('delivers every message; only messages in flight at the kill can arrive twice', async () => {
    const ids = await record(
      t,
      ...Array.from({ length: N }, (_, i) => verifyEmail(uniqueEmail(`crash${i}`))),
    );
    const expected = new Set(ids.map(messageIdOf));

    // Asked to yield the CPU (WORKER_NICE), the process lowers itself (unless this run was
    // started nicer still: a priority is never raised).
    const first = await spawnWorker({ ...workerEnv(), WORKER_NICE: '10' });
    workers.push(first);
    const lowered = Math.max(10, getPriority());
    expect(first.output()).toContain(`worker started (nice ${lowered})`);
    expect(getPriority(first.child.pid)).toBe(lowered);
    await smtp.waitFor(() => smtp.distinct() >= N / 3);
    await first.kill('SIGKILL');
    const beforeKill = smtp.received.length;
    expect(smtp.distinct()).toBeLessThan(N);

    // What the dead worker left claimed: its lease must run out before anyone sends it again.
    const orphans: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM outbox_messages WHERE status = 'sending'`,
    );
    expect(orphans.length).toBeGreaterThan(0);
    expect(orphans.length).toBeLessThanOrEqual(CONCURRENCY);
    const inFlight = new Set(orphans.map((o) => messageIdOf(o.id)));

    const started = Date.now();
    // By default a worker keeps the priority it was started with.
    const second = await spawnWorker(workerEnv());
    const startedInMs = Date.now() - started;
    workers.push(second);
    expect(getPriority(second.child.pid)).toBe(getPriority());
    // Recovery waits for the lease (2 s) plus sweeps, not BullMQ's default 30 s lock; how long
    // it takes is printed, not asserted (a loaded machine starts the worker slowly).
    await smtp.waitFor(() => smtp.distinct() >= N, 120_000);
    const recoveredInMs = Date.now() - started;

    const settled = await waitSettled(t, ids, 120_000);
    expect(settled.every((r) => r.status === 'sent')).toBe(true);
    // Let any late duplicate arrive before counting.
    await sleep(1500);

    const counts = new Map<string, number>();
    for (const messageId of smtp.received) counts.set(messageId, (counts.get(messageId) ?? 0) + 1);
    const unknown = [...counts.keys()].filter((m) => !expected.has(m));
    const duplicated = [...counts].filter(([, n]) => n > 1).map(([m]) => m);
    const total = smtp.received.length;

    process.stdout.write(
      `worker-crash: ${N} messages, ${beforeKill} answered before the kill, ${orphans.length} in flight at the kill, ` +
        `${total} received (${duplicated.length} duplicated), recovered in ${recoveredInMs} ms ` +
        `(the second worker started in ${startedInMs} ms)\n`,
    );
    expect(unknown).toEqual([]);
    expect(counts.size).toBe(N);
    expect(total - N).toBeLessThanOrEqual(CONCURRENCY);
    // A duplicate is a message the server had answered in the instant before the kill, before
    // the worker could record it: necessarily one of the rows it left in "sending".
    for (const messageId of duplicated) expect(inFlight.has(messageId)).toBe(true);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
    expect(await statusCounts(t, ids)).toEqual({ sent: N });

    // A SIGTERM lets the second worker finish what it holds and exit cleanly.
    const exit = new Promise<number | null>((resolve) =>
      second.child.once('exit', (code) => resolve(code)),
    );
    await second.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});
