import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  messageIdFor,
  NotificationsModule,
  OutboxMessageInput,
  MailTemplatesModule,
  OutboxService,
} from '@hoicho/notifications';
import { ACCOUNT_MAILS } from '@hoicho/accounts';
import { PlatformModule, PlatformRuntime, TransactionRunner } from '@hoicho/platform';
import { parseEnvironment } from '@hoicho/platform/config/load-config';
import { buildAppConfig } from '@hoicho/platform/runtime/build-app-config';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { TEMPLATES } from '../../support/mail-catalogue';
import { share, sleep } from '../support/bench-args';
import { pipelineCpu } from '../support/pipeline-cpu';
import { cpuByRole, cpuSince } from '../support/process-cpu';
import { perMessage, serverCounters } from '../support/server-counters';
import { bareMessageId, Sink, tally } from '../support/sink-client';
import { startWorkerProcess, stopWorkerProcess } from '../support/worker-process';
import type { MailBenchOptions } from './mail-options';

export const FROM = 'Hội Chợ <no-reply@hoicho.local>';
/** The role of this process in cpuByRole: the api, which records (and with --workers 0 sends). */
export const API_ROLE = 'bench process (api)';

/** What the api has of notifications, without HTTP and without consuming: it records. */
@Module({})
class RecorderModule {
  static register(runtime: PlatformRuntime): DynamicModule {
    return {
      module: RecorderModule,
      imports: [
        PlatformModule.forRoot(runtime, { http: false }),
        NotificationsModule,
        MailTemplatesModule.register(ACCOUNT_MAILS),
      ],
    };
  }
}

/**
 * N messages through the pipeline: recorded in transactions of --batch by this process (the
 * api), sent by the worker processes (or by this one with --workers 0) to the sink. Elapsed
 * time ends when the sink has the last message; then every row must say sent.
 */
export async function runPipeline(
  sink: Sink,
  o: MailBenchOptions,
  urls: { database: string; redis: string },
  roles: Map<number, string>,
) {
  const runId = randomBytes(4).toString('hex');
  const env = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: urls.database,
    REDIS_URL: urls.redis,
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    APP_SECRET: randomBytes(32).toString('base64url'),
    QUEUE_PREFIX: `bench${runId}`,
    MAIL_FROM: FROM,
    PUBLIC_URL: 'https://hoicho.bench',
    MAIL_CONCURRENCY: String(o.concurrency),
    SMTP_POOL_SIZE: String(o.pool),
    SEED_DEMO: 'false',
  };
  const raw = parseEnvironment(env);
  const runtime: PlatformRuntime = {
    config: buildAppConfig(raw, {
      databaseUrl: urls.database,
      redisUrl: urls.redis,
      smtpUrl: raw.SMTP_URL!,
      secret: raw.APP_SECRET!,
    }),
    stop: async () => undefined,
  };
  // Workers first, as in production: they wait on the queue when the api starts recording.
  const workers = await Promise.all(
    Array.from({ length: o.workers }, (_, i) =>
      startWorkerProcess({
        ...env,
        SMTP_POOL_SIZE: String(share(o.pool, o.workers, i)),
        MAIL_CONCURRENCY: String(share(o.concurrency, o.workers, i)),
      }),
    ),
  );
  workers.forEach((w, i) => roles.set(w.pid!, `worker process${o.workers > 1 ? ` ${i + 1}` : ''}`));
  if (workers.length) {
    const nice = sink.matchPriorityOf(workers[0].pid!);
    process.stdout.write(`  worker processes and smtp sink at nice ${nice} (WORKER_NICE)\n`);
  }
  const app: INestApplicationContext = await NestFactory.createApplicationContext(
    o.workers ? RecorderModule.register(runtime) : WorkerModule.register(runtime),
    { logger: ['error', 'warn'] },
  );
  await app.init();
  try {
    const runner = app.get(TransactionRunner);
    const outbox = app.get(OutboxService);
    const preview = TEMPLATES['account.verify-email'].preview;
    const ids: string[] = [];
    const countersBefore = await serverCounters(urls);
    const cpuBefore = cpuByRole(roles);
    const reached = sink.reached(o.n);
    const started = Date.now();
    for (let i = 0; i < o.n; i += o.batch) {
      const messages: OutboxMessageInput<'account.verify-email'>[] = [];
      for (let j = i; j < Math.min(o.n, i + o.batch); j++) {
        messages.push({
          template: 'account.verify-email',
          to: `p${j}@bench.example`,
          locale: 'vi',
          data: preview,
          dedupeKey: `bench:${runId}:${j}`,
        });
      }
      ids.push(...(await runner.run((tx) => outbox.recordMany(tx, messages))));
    }
    const recorded = Date.now() - started;
    const elapsed = (await reached) - started;
    const cpuAfter = cpuByRole(roles);
    // Every row must say sent; then give any duplicate time to arrive.
    let rows: { status: string; n: number }[] = [];
    for (let waited = 0; waited < 30_000; waited += 100) {
      rows = await app
        .get(DataSource)
        .query(`SELECT status, count(*)::int AS n FROM outbox_messages GROUP BY status`);
      if (rows.length === 1 && rows[0].status === 'sent' && rows[0].n === o.n) break;
      await sleep(100);
    }
    await sleep(500);
    const countersAfter = await serverCounters(urls);
    const expected = ids.map((id) => bareMessageId(messageIdFor(id, FROM)));
    return {
      elapsed,
      recorded,
      rate: o.n / (elapsed / 1000),
      cpuText: cpuSince(cpuBefore, cpuAfter),
      cpu: pipelineCpu(cpuBefore, cpuAfter, API_ROLE),
      roundTrips: perMessage(countersBefore, countersAfter, o.n),
      rows: Object.fromEntries(rows.map((r) => [r.status, r.n])),
      ...tally(await sink.report(), expected),
    };
  } finally {
    await app.close();
    await Promise.all(workers.map(stopWorkerProcess));
  }
}
