/**
 * npm run bench:mail [-- --n 20000 --pool 10 --concurrency 200 --batch 1000 --workers 2]
 *
 * Sends N messages through the whole notifications pipeline (outbox rows recorded with
 * recordMany in transactions of --batch → BullMQ → the mail worker → pooled SMTP) and, in the
 * same run, the same N through a bare pooled nodemailer loop (same pool size, same number in
 * flight, the same rendered message), both to one SMTP sink in a separate process that counts
 * Message-IDs. Prints both rates, their ratio, lost/duplicated counts and where the CPU went.
 *
 * The bare loop runs in as many processes as the pipeline has worker processes (each with its
 * share of the pool and of the sends in flight), so both sides may use every core. CPU per
 * message is user+sys time over the measured run: of the bare loop's processes, and of the
 * pipeline's worker processes, PostgreSQL and Redis (the recording api apart, printed beside);
 * the SMTP sink, the stand-in for a remote server, counts on neither side. Goals: pipeline
 * throughput ≥ 0.9 × bare and CPU per message ≤ 1.25 × bare, with nothing lost or duplicated.
 *
 * --workers K   K worker processes (apps/worker/src/main.ts, as production runs them) share the
 *               pool and the concurrency (each gets pool/K connections, concurrency/K jobs), while
 *               this process plays the api and only records; --workers 0 runs the worker inside
 *               this process instead (the embedded default of `npm start`).
 * --only=bare|pipeline   one side only (profiling); BENCH_WORKER_NODE_ARGS adds node flags
 *               to the worker processes (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
 *
 * Settings also come from the environment: N, SMTP_POOL_SIZE, MAIL_CONCURRENCY, BATCH, WORKERS.
 * Starts a private PostgreSQL and Redis (or uses DATABASE_URL / REDIS_URL) and a sink, and
 * stops and removes all of them at the end.
 */
import 'reflect-metadata';
import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { join } from 'node:path';
import IORedis from 'ioredis';
import { Client } from 'pg';
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
import { mailRenderer, TEMPLATES } from '../../support/mail-catalogue';
import { cloneTemplate, startTestServices } from '../../support/test-services';
import { bareProcesses } from '../support/bare-processes';
import { cpuByRole, cpuDelta, cpuSince } from '../support/process-cpu';
import { bareMessageId, Sink, tally } from '../support/sink-client';
import { startWorkerProcess, stopWorkerProcess } from '../support/worker-process';

const ROOT = join(__dirname, '../../..');
const FROM = 'Hội Chợ <no-reply@hoicho.local>';

interface Options {
  only?: 'bare' | 'pipeline';
  n: number;
  pool: number;
  concurrency: number;
  batch: number;
  workers: number;
}

function options(): Options {
  const argv = process.argv.slice(2);
  const value = (name: string, env: string): string | undefined => {
    const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
    if (i < 0) return process.env[env];
    return argv[i].includes('=') ? argv[i].slice(argv[i].indexOf('=') + 1) : argv[i + 1];
  };
  const int = (name: string, env: string, fallback: number, min = 1) => {
    const raw = value(name, env);
    const parsed = raw === undefined || raw === '' ? fallback : Number(raw);
    if (!Number.isInteger(parsed) || parsed < min)
      throw new Error(`--${name} (${env}) must be an integer ≥ ${min}, got ${raw}`);
    return parsed;
  };
  const only = value('only', 'BENCH_ONLY');
  if (only !== undefined && only !== 'bare' && only !== 'pipeline')
    throw new Error('--only takes bare or pipeline');
  const o = {
    only: only as Options['only'],
    n: int('n', 'N', 20_000),
    pool: int('pool', 'SMTP_POOL_SIZE', 10),
    concurrency: int('concurrency', 'MAIL_CONCURRENCY', 200),
    batch: int('batch', 'BATCH', 1000),
    workers: int('workers', 'WORKERS', 2, 0),
  };
  if (o.workers > o.pool)
    throw new Error('--workers cannot exceed --pool: each worker process needs a connection');
  return o;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const rate = (n: number, ms: number) => n / (ms / 1000);
/** `total` split over `parts` as evenly as integers allow. */
const share = (total: number, parts: number, i: number) =>
  Math.floor(total / parts) + (i < total % parts ? 1 : 0);

/** Transactions committed in the bench database and Lua scripts Redis ran (BullMQ's round trips). */
async function serverCounters(urls: {
  database: string;
  redis: string;
}): Promise<{ commits: number; scripts: number }> {
  const pg = new Client({ connectionString: urls.database });
  await pg.connect();
  const [{ commits }] = (
    await pg.query(
      `SELECT xact_commit::bigint AS commits FROM pg_stat_database WHERE datname = current_database()`,
    )
  ).rows;
  await pg.end();
  const redis = new IORedis(urls.redis);
  const stats = await redis.info('commandstats');
  await redis.quit();
  const scripts = [...stats.matchAll(/^cmdstat_(evalsha|eval):calls=(\d+)/gm)].reduce(
    (sum, m) => sum + Number(m[2]),
    0,
  );
  return { commits: Number(commits), scripts };
}

// ---------------------------------------------------------------------------------------------
// The bare loop: the same rendered message through nodemailer alone.

async function runBare(sink: Sink, o: Options, label: string, n: number) {
  const template = TEMPLATES['account.verify-email'];
  const mail = await mailRenderer().render(template.name, 'vi', template.preview);
  const result = await bareProcesses(
    sink,
    {
      n,
      pool: o.pool,
      concurrency: o.concurrency,
      label,
      processes: Math.max(1, o.workers),
      warm: Math.min(2000, n),
    },
    { from: FROM, subject: mail.subject, html: mail.html, text: mail.text },
  );
  return { ...result, rate: rate(n, result.elapsed) };
}

// ---------------------------------------------------------------------------------------------
// The pipeline.

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

async function runPipeline(
  sink: Sink,
  o: Options,
  urls: { database: string; redis: string },
  runId: string,
  roles: Map<number, string>,
) {
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
    const at = await reached;
    const elapsed = at - started;
    const cpuAfter = cpuByRole(roles);
    const cpu = cpuSince(cpuBefore, cpuAfter);
    const spent = cpuDelta(cpuBefore, cpuAfter);
    const sum = (match: (role: string) => boolean) =>
      [...spent].filter(([role]) => match(role)).reduce((total, [, seconds]) => total + seconds, 0);
    // The pipeline proper: its workers, PostgreSQL and Redis (with --workers 0 the worker is
    // the bench process itself, which then counts too).
    const cpuSeconds = sum(
      (role) =>
        role.startsWith('worker process') ||
        role === 'postgres' ||
        role === 'redis' ||
        (o.workers === 0 && role === 'bench process'),
    );
    const recorderSeconds = o.workers ? sum((role) => role === 'bench process') : 0;
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
      rate: rate(o.n, elapsed),
      cpu,
      cpuSeconds,
      recorderSeconds,
      commitsPerMessage: (countersAfter.commits - countersBefore.commits) / o.n,
      scriptsPerMessage: (countersAfter.scripts - countersBefore.scripts) / o.n,
      rows: Object.fromEntries(rows.map((r) => [r.status, r.n])),
      ...tally(await sink.report(), expected),
    };
  } finally {
    await app.close();
    await Promise.all(workers.map(stopWorkerProcess));
  }
}

// ---------------------------------------------------------------------------------------------

type Result = {
  elapsed: number;
  rate: number;
  received: number;
  lost: number;
  duplicated: number;
  extra: number;
  unexpected: number;
};

function line(name: string, n: number, r: Result): string {
  const copies = r.extra > r.duplicated ? ` (${r.extra} extra copies)` : '';
  const unexpected = r.unexpected ? `, unexpected ${r.unexpected}` : '';
  return `  ${name}: ${n} in ${(r.elapsed / 1000).toFixed(2)} s = ${Math.round(r.rate)} msg/s; received ${r.received}, lost ${r.lost}, duplicated ${r.duplicated}${copies}${unexpected}\n`;
}

async function main(): Promise<void> {
  const o = options();
  const runId = randomBytes(4).toString('hex');
  const stops: (() => Promise<unknown>)[] = [];
  const cleanUp = async () => {
    for (const stop of stops.reverse())
      await stop().catch((error: Error) => process.stderr.write(`clean-up: ${error.message}\n`));
    stops.length = 0;
  };
  process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));
  process.once('SIGTERM', () => void cleanUp().then(() => process.exit(143)));
  try {
    const services = await startTestServices(ROOT);
    stops.push(() => services.stop());
    const database = await cloneTemplate(services.adminUrl, `hoicho_bench_mail_${process.pid}`);
    stops.push(() => database.drop());
    const sink = await Sink.start();
    stops.push(() => sink.stop());
    const roles = new Map<number, string>([
      [process.pid, 'bench process'],
      [sink.child.pid!, 'smtp sink'],
    ]);

    const workers = o.workers
      ? `${o.workers} worker process${o.workers > 1 ? 'es' : ''} (apps/worker)`
      : 'worker inside the recording process';
    process.stdout.write(
      `mail benchmark: N=${o.n}, SMTP pool ${o.pool}, ${o.concurrency} in flight (MAIL_CONCURRENCY), outbox batches of ${o.batch}, ${workers}, ${cpus().length} CPUs\n`,
    );
    const perMail = (seconds: number) => `${((seconds * 1000) / o.n).toFixed(2)} ms`;
    let direct: (Result & { failed: number; cpuSeconds: number }) | undefined;
    if (o.only !== 'pipeline') {
      // Each process warms the sink, nodemailer and its JIT first: the measured run does not pay.
      direct = await runBare(sink, o, 'bare', o.n);
      const processes = Math.max(1, o.workers);
      process.stdout.write(
        line(
          `bare nodemailer loop (${processes} process${processes > 1 ? 'es' : ''}, pool ${o.pool} in all)`,
          o.n,
          direct,
        ),
      );
      process.stdout.write(
        `    CPU: ${direct.cpuSeconds.toFixed(1)} s in the sending processes = ${perMail(direct.cpuSeconds)} per message${direct.failed ? `; ${direct.failed} sendMail calls failed` : ''}\n`,
      );
    }
    let pipeline: Awaited<ReturnType<typeof runPipeline>> | undefined;
    if (o.only !== 'bare') {
      pipeline = await runPipeline(
        sink,
        o,
        { database: database.url, redis: services.redisUrl },
        runId,
        roles,
      );
      process.stdout.write(line('pipeline outbox→BullMQ→worker', o.n, pipeline));
      process.stdout.write(`    CPU: ${pipeline.cpu}\n`);
      process.stdout.write(
        `    CPU per message: ${perMail(pipeline.cpuSeconds)} (workers, PostgreSQL, Redis)` +
          (o.workers ? `; the recording api ${perMail(pipeline.recorderSeconds)} more` : '') +
          '\n',
      );
      process.stdout.write(
        `    per message: ${pipeline.commitsPerMessage.toFixed(2)} PostgreSQL transactions, ${pipeline.scriptsPerMessage.toFixed(2)} BullMQ scripts; ` +
          `recording took ${(pipeline.recorded / 1000).toFixed(2)} s; outbox rows: ${JSON.stringify(pipeline.rows)}\n`,
      );
    }
    if (direct && pipeline) {
      const ratio = pipeline.rate / direct.rate;
      const cpuRatio = pipeline.cpuSeconds / direct.cpuSeconds;
      const goals = [
        [`throughput pipeline / bare ${ratio.toFixed(2)} (goal ≥ 0.90)`, ratio >= 0.9],
        [
          `CPU per message pipeline / bare ${cpuRatio.toFixed(2)} (${perMail(pipeline.cpuSeconds)} / ${perMail(direct.cpuSeconds)}; goal ≤ 1.25)`,
          cpuRatio <= 1.25,
        ],
        [
          `pipeline: 0 lost, 0 duplicated, 0 unexpected`,
          pipeline.lost === 0 && pipeline.duplicated === 0 && pipeline.unexpected === 0,
        ],
      ] as const;
      for (const [text, met] of goals)
        process.stdout.write(`  ${met ? 'met    ' : 'NOT met'} ${text}\n`);
      process.exitCode = goals.every(([, met]) => met) ? 0 : 1;
    }
  } finally {
    await cleanUp();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
