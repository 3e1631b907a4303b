import { INestApplicationContext } from '@nestjs/common';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { OutboxService } from '@hoicho/notifications';
import { TransactionRunner } from '@hoicho/platform';
import { RunningRedis, startEmbeddedRedis } from '@hoicho/platform/embedded/embedded-redis';
import { freePort } from '@hoicho/platform/embedded/free-port';
import { createTestApp, TestApp } from '../../support/test-app';
import {
  deleteQueueKeys,
  receivedCount,
  record,
  rows,
  sleep,
  startWorkerApp,
  statusCounts,
  uniqueEmail,
  verifyEmail,
  waitSettled,
  waitUntil,
} from './support/notifications';

const FAST_SWEEP = { OUTBOX_SWEEP_INTERVAL_MS: '300', OUTBOX_GRACE_MS: '500' };

describe('Redis loses the queue between commit and delivery', () => {
  let t: TestApp;
  let worker: INestApplicationContext | undefined;
  const rcptCalls = new Map<string, number>();

  beforeAll(async () => {
    // The api only records and enqueues; workers are started (and stopped) by the test.
    t = await createTestApp({ RUN_WORKERS: 'false', MAIL_BACKOFF_MS: '10000', ...FAST_SWEEP });
    t.smtp.setRecipientPolicy((recipient) => {
      const calls = (rcptCalls.get(recipient) ?? 0) + 1;
      rcptCalls.set(recipient, calls);
      return recipient.startsWith('greylisted-') && calls === 1
        ? { code: 451, message: '4.7.1 Greylisted' }
        : undefined;
    });
  });
  afterAll(async () => {
    await worker?.close();
    await t.close();
  });

  it('re-queues from the outbox: queued messages and retries waiting in a delayed job are all delivered once', async () => {
    // Phase 1: a worker sends a first batch; some addresses are deferred and wait 10 s in a delayed job
    // (long enough for a busy machine to see them waiting before the retry).
    const greylisted = Array.from({ length: 5 }, (_, i) => uniqueEmail(`greylisted-${i}`));
    const firstBatch = await record(
      t,
      ...[...greylisted, ...Array.from({ length: 15 }, (_, i) => uniqueEmail(`first${i}`))].map(
        (to) => verifyEmail(to),
      ),
    );
    worker = await startWorkerApp(t, { RUN_WORKERS: 'true' });
    await waitUntil('the first batch to be sent or retrying', async () => {
      const counts = await statusCounts(t, firstBatch);
      return counts.sent === 15 && counts.retrying === 5;
    });
    await worker.close();
    worker = undefined;

    // Phase 2: a second batch is committed and enqueued while no worker runs...
    const secondBatch = await record(
      t,
      ...Array.from({ length: 30 }, (_, i) => verifyEmail(uniqueEmail(`second${i}`))),
    );
    expect(await statusCounts(t, secondBatch)).toEqual({ queued: 30 });
    // ...and Redis loses everything of this deployment (only this file's keys: Redis is shared).
    expect(await deleteQueueKeys(t.env.REDIS_URL, t.redisPrefix)).toBeGreaterThan(0);
    expect(await deleteQueueKeys(t.env.REDIS_URL, t.redisPrefix)).toBe(0);

    // Phase 3: a new worker finds an empty queue; its sweep re-queues from the outbox rows.
    worker = await startWorkerApp(t, { RUN_WORKERS: 'true' });
    const all = [...firstBatch, ...secondBatch];
    const settled = await waitSettled(t, all);
    expect(settled.every((r) => r.status === 'sent')).toBe(true);
    const retried = await rows(t, firstBatch.slice(0, 5));
    expect(retried.map((r) => r.attempts)).toEqual([2, 2, 2, 2, 2]);
    await sleep(1500);
    const mailbox = t.mailbox.list();
    expect(all.map((id) => receivedCount(mailbox, id))).toEqual(all.map(() => 1));
    for (const to of greylisted) expect(rcptCalls.get(to)).toBe(2);
  });
});

describe('Redis restarts under a running api and worker', () => {
  let t: TestApp;
  let redis: RunningRedis | undefined;
  let port: number;
  const dataDir = join(process.cwd(), `.data/test/redis-restart-${process.pid}`);

  beforeAll(async () => {
    port = await freePort();
    redis = await startEmbeddedRedis({ dataDir, persistent: false, port });
    // The embedded default: the worker runs inside the api process, on a Redis of its own here.
    t = await createTestApp({ REDIS_URL: `redis://127.0.0.1:${port}`, ...FAST_SWEEP });
  });
  afterAll(async () => {
    await t?.close();
    await redis?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps the same worker sending after Redis comes back empty, and a write during the outage does not hang', async () => {
    const before = await record(
      t,
      ...Array.from({ length: 10 }, (_, i) => verifyEmail(uniqueEmail(`before${i}`))),
    );
    expect((await waitSettled(t, before)).every((r) => r.status === 'sent')).toBe(true);

    await redis!.stop();
    redis = undefined;

    // A domain write while Redis is down commits, and returns without waiting for Redis.
    const during = await t.app.get(TransactionRunner).run((tx) =>
      t.app.get(OutboxService).recordMany(
        tx,
        Array.from({ length: 10 }, (_, i) => verifyEmail(uniqueEmail(`during${i}`))),
      ),
    );
    expect(await statusCounts(t, during)).toEqual({ queued: 10 });

    await sleep(1000);
    // Same port, no data: everything the queue held is gone.
    redis = await startEmbeddedRedis({ dataDir, persistent: false, port });

    const after = await record(
      t,
      ...Array.from({ length: 10 }, (_, i) => verifyEmail(uniqueEmail(`after${i}`))),
    );
    const all = [...before, ...during, ...after];
    const settled = await waitSettled(t, all);
    expect(settled.every((r) => r.status === 'sent')).toBe(true);
    await sleep(1500);
    const mailbox = t.mailbox.list();
    expect(all.map((id) => receivedCount(mailbox, id))).toEqual(all.map(() => 1));
  });
});
