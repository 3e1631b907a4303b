/**
 * npm run chaos [-- --n 5000 --workers 2 --pool 2 --concurrency 8 --delay 40]
 *
 * Not a test: a campaign of N invitations is sent through the whole api (import → fan-out →
 * outbox → BullMQ → mail worker processes → SMTP) to an SMTP server that stores every message
 * to disk before it answers (disk-sink.ts), while faults are injected as it runs: a worker
 * process SIGKILLed three times (a replacement is started at once, as a supervisor would),
 * Redis restarted once and PostgreSQL restarted once. Prints, from what the server stored, the
 * messages lost and duplicated, and for each fault how long its service was away and how long
 * until sending was back to 75 % of the rate before it. Goals: 0 lost, duplicates ≤ 1 per kill
 * per SMTP connection of the killed worker, resume ≤ 30 s.
 *
 * --workers K worker processes (apps/worker, WORKER_QUEUES=mail) of --pool connections and
 * --concurrency messages in flight each; the server takes --delay ms per message, so the run
 * lasts about a minute. Private PostgreSQL and Redis on fixed ports (restarted in place), all
 * removed at the end, as the other benches do.
 */
import 'reflect-metadata';
import { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { messageIdFor } from '@hoicho/notifications';
import { dataSourceOptions } from '@hoicho/platform/database/data-source-options';
import { startEmbeddedPostgres } from '@hoicho/platform/embedded/embedded-postgres';
import { startEmbeddedRedis } from '@hoicho/platform/embedded/embedded-redis';
import { freePort } from '@hoicho/platform/embedded/free-port';
import { startBenchApi } from '../support/bench-api';
import { signIn, visitorCsv } from '../support/campaign-fixtures';
import { bareMessageId } from '../support/sink-client';
import { startWorkerProcess, stopWorkerProcess } from '../support/worker-process';
import { DiskSink } from './disk-sink-client';
import { Progress } from './progress';

const ROOT = join(__dirname, '../../..');
const FROM = 'Hội Chợ <no-reply@hoicho.local>';
type Fault = 'kill' | 'redis' | 'postgres';
/** When each fault is injected: the share of the campaign the server has accepted. */
const SCHEDULE: [number, Fault][] = [
  [0.1, 'kill'],
  [0.25, 'redis'],
  [0.4, 'kill'],
  [0.55, 'postgres'],
  [0.7, 'kill'],
];

function options() {
  const argv = process.argv.slice(2);
  const int = (name: string, fallback: number) => {
    const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
    const raw = i < 0 ? undefined : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} takes an integer`);
    return value;
  };
  return {
    n: int('n', 5000),
    workers: int('workers', 2),
    pool: int('pool', 2),
    concurrency: int('concurrency', 8),
    delay: int('delay', 40),
  };
}

const out = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retries `work` while PostgreSQL restarts under it. */
async function patiently<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await work();
    } catch {
      await sleep(250);
    }
  }
}

async function main(): Promise<void> {
  const o = options();
  const dir = join(ROOT, `.data/chaos-${process.pid}`);
  const stops: (() => Promise<unknown>)[] = [
    async () => rmSync(dir, { recursive: true, force: true }),
  ];
  const cleanUp = async () => {
    for (const stop of stops.reverse())
      await stop().catch((error: Error) => process.stderr.write(`clean-up: ${error.message}\n`));
    stops.length = 0;
  };
  process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));
  try {
    // Services on fixed ports, so a restart comes back where every client looks for it.
    const pgPort = await freePort();
    const redisPort = await freePort();
    const startPostgres = () =>
      startEmbeddedPostgres({ dataDir: join(dir, 'postgres'), fast: true, port: pgPort });
    const startRedis = () =>
      startEmbeddedRedis({ dataDir: join(dir, 'redis'), port: redisPort, persistent: true });
    let pg = await startPostgres();
    stops.push(() => pg.stop());
    let redis = await startRedis();
    stops.push(() => redis.stop());
    const migrator = new DataSource(dataSourceOptions(pg.url));
    await migrator.initialize();
    await migrator.runMigrations();
    await migrator.destroy();
    const sink = await DiskSink.start(join(dir, 'sink'), o.delay);
    stops.push(() => sink.stop());

    const env: Record<string, string> = {
      NODE_ENV: 'production',
      LOG_LEVEL: 'error',
      DATABASE_URL: pg.url,
      REDIS_URL: redis.url,
      SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
      APP_SECRET: randomBytes(32).toString('base64url'),
      QUEUE_PREFIX: 'chaos',
      MAIL_FROM: FROM,
      PUBLIC_URL: 'https://hoicho.chaos',
      RUN_WORKERS: 'true',
      WORKER_QUEUES: 'campaigns,imports',
      SEED_DEMO: 'false',
    };
    const app = await startBenchApi(env);
    stops.push(() => app.close());
    const http = app.getHttpServer() as App;
    const dataSource = app.get(DataSource);

    const workerEnv = {
      ...env,
      WORKER_QUEUES: 'mail',
      SMTP_POOL_SIZE: String(o.pool),
      MAIL_CONCURRENCY: String(o.concurrency),
    };
    const workers: ChildProcess[] = [];
    stops.push(() => Promise.all(workers.map(stopWorkerProcess)));
    for (let k = 0; k < o.workers; k++) workers.push(await startWorkerProcess(workerEnv));

    out(
      `chaos: a campaign of ${o.n} invitations; ${o.workers} worker processes of ${o.pool} SMTP connections and ${o.concurrency} in flight; the server stores each message and takes ${o.delay} ms; ${cpus().length} CPUs`,
    );
    const [{ id: bodyId }] = await dataSource.query(
      `INSERT INTO organising_bodies (code, name_vi, email) VALUES ('chaos', 'Sở Công Thương', 'sct@chaos.example') RETURNING id`,
    );
    const auth = { Authorization: `Bearer ${await signIn(app, http, bodyId)}` };
    const fair = await request(http)
      .post(`/api/v1/organising-bodies/${bodyId}/fairs`)
      .set(auth)
      .send({
        nameVi: 'Hội chợ Làng nghề Hà Nội 2027',
        venueName: 'Cung Văn hóa Hữu nghị Việt Xô',
        venueAddress: '91 Trần Hưng Đạo, Hà Nội',
        days: [{ date: '2027-10-10', opens: '08:00', closes: '21:00' }],
        applicationsOpenAt: '2027-08-01T08:00',
        applicationsCloseAt: '2027-09-15T17:00',
      })
      .expect(201);
    const upload = await request(http)
      .post(`/api/v1/organising-bodies/${bodyId}/visitor-imports?start=true&filename=v.csv`)
      .set(auth)
      .set('Content-Type', 'text/csv')
      .send(visitorCsv(o.n))
      .expect(201);
    const progress = new Progress(sink);
    let importDone = false;
    while (!importDone) {
      const view = await request(http).get(`/api/v1/visitor-imports/${upload.body.id}`).set(auth);
      importDone = view.body.status === 'completed';
      await sleep(200);
    }
    const campaign = await request(http)
      .post(`/api/v1/organising-bodies/${bodyId}/campaigns`)
      .set(auth)
      .send({ fairId: fair.body.id, name: 'Tất cả', audience: { all: true }, maxGuests: 1 })
      .expect(201);
    const campaignId: string = campaign.body.id;

    progress.start();
    stops.push(async () => progress.stop());
    const started = Date.now();
    await request(http).post(`/api/v1/campaigns/${campaignId}/send`).set(auth).send({}).expect(202);

    const finished = () => progress.distinct() >= o.n;
    const results: { fault: Fault; at: number; awayMs: number; resumeMs: number }[] = [];
    let killed = 0;
    for (const [share, fault] of SCHEDULE) {
      await progress.until(`${share * 100} % sent`, () => progress.distinct() >= o.n * share);
      const at = Date.now();
      const baseline = progress.rate(at - 4000, at);
      if (fault === 'kill') {
        const victim = workers.splice(killed++ % workers.length, 1)[0];
        const exited = new Promise((resolve) => victim.once('exit', resolve));
        victim.kill('SIGKILL');
        await exited;
        workers.push(await startWorkerProcess(workerEnv));
      } else if (fault === 'redis') {
        await redis.stop();
        redis = await startRedis();
      } else {
        await pg.stop();
        pg = await startPostgres();
      }
      const awayMs = Date.now() - at;
      const resumeMs = (await progress.resumedAt(at, baseline, finished)) - at;
      results.push({ fault, at: progress.distinct(), awayMs, resumeMs });
      out(
        `  ${fault === 'kill' ? 'worker SIGKILLed' : `${fault} restarted`} at ${Math.round(share * 100)} %: ${fault === 'kill' ? 'replacement started' : 'back'} after ${seconds(awayMs)}, sending back to 75 % of its rate after ${seconds(resumeMs)}`,
      );
    }

    // Every row sent, then the workers stopped: nothing more can arrive.
    await progress.until('every message to be accepted', finished);
    for (;;) {
      const [{ open }] = await patiently(() =>
        dataSource.query(
          `SELECT count(*)::int AS open FROM outbox_messages WHERE campaign_id = $1 AND status <> 'sent'`,
          [campaignId],
        ),
      );
      if (open === 0) break;
      await sleep(250);
    }
    const elapsed = Date.now() - started;
    await Promise.all(workers.splice(0).map(stopWorkerProcess));
    const ids: { id: string }[] = await dataSource.query(
      `SELECT id FROM outbox_messages WHERE campaign_id = $1`,
      [campaignId],
    );
    const counts = sink.accepted();
    const expected = ids.map((row) => bareMessageId(messageIdFor(row.id, FROM)));
    const lost = expected.filter((id) => !counts.has(id)).length;
    const duplicated = expected.filter((id) => (counts.get(id) ?? 0) > 1).length;
    const extra = [...counts.values()].reduce((sum, n) => sum + n, 0) - counts.size;
    const kills = results.filter((r) => r.fault === 'kill').length;
    const allowed = kills * o.pool;
    const slowest = Math.max(...results.map((r) => r.resumeMs));
    out(
      `  ${ids.length} invitations recorded, all sent after ${seconds(elapsed)}; the server stored ${[...counts.values()].reduce((a, b) => a + b, 0)} messages`,
    );
    out(
      `  lost ${lost}, duplicated ${duplicated} (${extra} extra copies; allowed ≤ ${kills} kills × ${o.pool} connections = ${allowed}); slowest resume ${seconds(slowest)}`,
    );
    const met = lost === 0 && ids.length === o.n && extra <= allowed && slowest <= 30_000;
    out(
      `  goals (0 lost, duplicates ≤ 1 per kill per connection, resume ≤ 30 s): ${met ? 'met' : 'NOT met'}`,
    );
    process.exitCode = met ? 0 : 1;
  } finally {
    await cleanUp();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
