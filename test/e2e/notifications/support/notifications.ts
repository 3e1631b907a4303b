import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import IORedis from 'ioredis';
import {
  messageIdFor,
  OutboxMessageInput,
  OutboxService,
  TemplateName,
} from '@hoicho/notifications';
import { CapturedMessage, TransactionRunner } from '@hoicho/platform';
import { parseEnvironment } from '@hoicho/platform/config/load-config';
import { buildAppConfig } from '@hoicho/platform/runtime/build-app-config';
import { WorkerModule } from '../../../../apps/worker/src/worker.module';
import { TestApp } from '../../../support/test-app';

export const MAIL_FROM_DEFAULT = 'Hội Chợ <no-reply@hoicho.local>';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns something truthy; fails with `what` after `timeoutMs`. */
type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>;

export async function waitUntil<T>(
  what: string,
  check: () => Promise<T> | T,
  timeoutMs = 120_000,
  everyMs = 100,
): Promise<Truthy<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await check();
    if (last) return last as Truthy<T>;
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what} (last: ${JSON.stringify(last)})`,
      );
    await sleep(everyMs);
  }
}

/** The Message-ID header the worker gives a message, without angle brackets. */
export const messageIdOf = (id: string) => bare(messageIdFor(id, MAIL_FROM_DEFAULT));
export const bare = (messageId: string | undefined) => (messageId ?? '').replace(/^<|>$/g, '');

/** How many times the capture server received the message with this outbox id. */
export const receivedCount = (messages: CapturedMessage[], id: string) =>
  messages.filter((m) => bare(m.messageId) === messageIdOf(id)).length;

export const uniqueEmail = (label = 'someone') => `${label}-${randomUUID().slice(0, 8)}@example.vn`;

/** A message of the catalogue with a fresh dedupe key unless one is given. */
export function verifyEmail(
  to: string,
  extra: Partial<Omit<OutboxMessageInput<'account.verify-email'>, 'data' | 'shared'>> = {},
): OutboxMessageInput<'account.verify-email'> {
  return {
    template: 'account.verify-email',
    to,
    locale: 'vi',
    data: {
      fullName: 'Nguyễn Văn An',
      verifyUrl: 'https://hoicho.test/verify-email?token=t',
      expiresInHours: 48,
    },
    dedupeKey: `test:verify:${randomUUID()}`,
    ...extra,
  };
}

export function campaignMail(
  to: string,
  extra: Partial<Omit<OutboxMessageInput<'campaign.generic'>, 'data' | 'shared'>> = {},
): OutboxMessageInput<'campaign.generic'> {
  return {
    template: 'campaign.generic',
    to,
    locale: 'en',
    data: {
      fullName: 'Phạm Thu Hà',
      bodyName: 'Sở Công Thương Hà Nội',
      subject: 'Autumn fair opens',
      message: 'The autumn fair opens on 10 October.\n\nApply for a booth before 15 August.',
      actionUrl: 'https://hoicho.test/fairs/autumn',
      actionLabel: 'Details',
    },
    dedupeKey: `test:campaign:${randomUUID()}`,
    ...extra,
  };
}

/** Records messages in one transaction of the app, as domain code does. */
export async function record(t: TestApp, ...messages: OutboxMessageInput[]): Promise<string[]> {
  const outbox = t.app.get(OutboxService);
  return t.app
    .get(TransactionRunner)
    .run((tx) => outbox.recordMany(tx, messages as OutboxMessageInput<TemplateName>[]));
}

export interface Row {
  id: string;
  status: string;
  attempts: number;
  recipient: string;
  smtp_response: string | null;
  last_error: string | null;
  sent_at: Date | null;
}

export async function rows(t: TestApp, ids: string[]): Promise<Row[]> {
  return t.dataSource.query(
    'SELECT id, status, attempts, recipient, smtp_response, last_error, sent_at FROM outbox_messages WHERE id = ANY($1::uuid[]) ORDER BY created_at, id',
    [ids],
  );
}

export async function statusCounts(t: TestApp, ids: string[]): Promise<Record<string, number>> {
  const found: { status: string; count: string }[] = await t.dataSource.query(
    'SELECT status, count(*) AS count FROM outbox_messages WHERE id = ANY($1::uuid[]) GROUP BY status',
    [ids],
  );
  return Object.fromEntries(found.map((r) => [r.status, Number(r.count)]));
}

/** Waits until every message has left queued/sending/retrying; returns the rows. */
export async function waitSettled(t: TestApp, ids: string[], timeoutMs = 120_000): Promise<Row[]> {
  const settled = (r: Row) => ['sent', 'failed', 'suppressed'].includes(r.status);
  try {
    return await waitUntil(
      `${ids.length} message(s) to settle`,
      async () => {
        const found = await rows(t, ids);
        return found.length === ids.length && found.every(settled) && found;
      },
      timeoutMs,
    );
  } catch (error) {
    const unsettled = (await rows(t, ids)).filter((r) => !settled(r));
    throw new Error(
      `${(error as Error).message}; statuses ${JSON.stringify(await statusCounts(t, ids))}; unsettled ${JSON.stringify(unsettled.slice(0, 5))}`,
    );
  }
}

/** Deletes this test file's BullMQ keys only: the Redis is shared by every test file of the run. */
export async function deleteQueueKeys(redisUrl: string, prefix: string): Promise<number> {
  const redis = new IORedis(redisUrl);
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `{${prefix}}:*`, 'COUNT', 1000);
      if (keys.length) deleted += await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
  return deleted;
}

/**
 * A worker (apps/worker's module) in this process, on the test app's database, Redis prefix
 * and SMTP server unless `env` says otherwise: for an api started with RUN_WORKERS=false.
 */
export async function startWorkerApp(
  t: TestApp,
  env: Record<string, string> = {},
): Promise<INestApplicationContext> {
  const raw = parseEnvironment({ ...t.env, ...env });
  const config = buildAppConfig(raw, {
    databaseUrl: raw.DATABASE_URL!,
    redisUrl: raw.REDIS_URL!,
    smtpUrl: raw.SMTP_URL!,
    secret: raw.APP_SECRET!,
  });
  const app = await NestFactory.createApplicationContext(
    WorkerModule.register({ config, stop: async () => undefined }),
    { logger: false },
  );
  await app.init();
  return app;
}

export const WORKER_ENTRY = join(__dirname, '../../../../dist/apps/worker/src/main.js');

export interface WorkerProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves once the process has exited. */
  exited: Promise<void>;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/** `node dist/apps/worker/src/main.js` as production runs it; needs `npm run build` first. */
export async function spawnWorker(env: Record<string, string>): Promise<WorkerProcess> {
  if (!existsSync(WORKER_ENTRY))
    throw new Error(`${WORKER_ENTRY} is missing: run \`npm run build\` first (npm test does)`);
  const child = spawn(process.execPath, [WORKER_ENTRY], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr!.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await Promise.race([
    waitUntil('the worker to start', () => output.includes('worker started'), 120_000, 25),
    exited.then(() =>
      Promise.reject(new Error(`worker exited at start (code ${child.exitCode}): ${output}`)),
    ),
  ]);
  return {
    child,
    output: () => output,
    exited,
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
