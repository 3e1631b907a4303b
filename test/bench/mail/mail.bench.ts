/**
 * npm run bench:mail [-- --n 20000 --pool 10 --concurrency 200 --batch 1000 --workers 2]
 *
 * Sends N messages through the whole notifications pipeline (outbox rows recorded with
 * recordMany in transactions of --batch → BullMQ → the mail worker → pooled SMTP) and, in the
 * same run, the same N through a bare pooled nodemailer loop (same pool size, same number in
 * flight, the same rendered message), both to one SMTP sink in a separate process that counts
 * Message-IDs. Prints both rates, lost/duplicated counts and where the CPU went.
 *
 * The bare loop runs in as many processes as the pipeline has worker processes (each with its
 * share of the pool and of the sends in flight), so both sides may use every core. CPU per
 * message is user+sys time over the measured run: of the bare loop's processes, and of the
 * pipeline's api (this process, which records), worker processes, PostgreSQL and Redis; the
 * SMTP sink, the stand-in for a remote server, counts on neither side. Goals (issue 21):
 * pipeline throughput ≥ 0.9 × bare and CPU per message ≤ 1.25 × bare, nothing lost or
 * duplicated. On a loaded machine only the CPU figures hold; the bench says so.
 *
 * --workers K   K worker processes (apps/worker/src/main.ts, as production runs them) share the
 *               pool and the concurrency (each gets pool/K connections, concurrency/K jobs), while
 *               this process plays the api and only records; --workers 0 runs the worker inside
 *               this process instead (the embedded default of `npm start`).
 * --only=bare|pipeline   one side only (profiling); BENCH_WORKER_NODE_ARGS adds node flags
 *               to the worker processes (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"),
 *               BENCH_BARE_NODE_ARGS to the bare loop's.
 *
 * Settings also come from the environment: N, SMTP_POOL_SIZE, MAIL_CONCURRENCY, BATCH, WORKERS.
 * Starts a private PostgreSQL and Redis (or uses DATABASE_URL / REDIS_URL) and a sink, and
 * stops and removes all of them at the end.
 */
import 'reflect-metadata';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { mailRenderer, TEMPLATES } from '../../support/mail-catalogue';
import { cloneTemplate, startTestServices } from '../../support/test-services';
import { bareProcesses } from '../support/bare-processes';
import { CleanUps, runBench } from '../support/clean-ups';
import { bareGoals, describeCpu, Goal, perMail, reportGoals } from '../support/pipeline-cpu';
import { Sink, Tally } from '../support/sink-client';
import { mailBenchOptions, MailBenchOptions } from './mail-options';
import { API_ROLE, FROM, runPipeline } from './mail-pipeline';

const ROOT = join(__dirname, '../../..');

/** The bare loop: the same rendered message through nodemailer alone, each process warmed first. */
async function runBare(sink: Sink, o: MailBenchOptions) {
  const template = TEMPLATES['account.verify-email'];
  const mail = await mailRenderer().render(template.name, 'vi', template.preview);
  return bareProcesses(
    sink,
    {
      n: o.n,
      pool: o.pool,
      concurrency: o.concurrency,
      label: 'bare',
      processes: Math.max(1, o.workers),
      warm: Math.min(2000, o.n),
    },
    { from: FROM, subject: mail.subject, html: mail.html, text: mail.text },
  );
}

function line(name: string, n: number, r: Tally & { elapsed: number }): string {
  const copies = r.extra > r.duplicated ? ` (${r.extra} extra copies)` : '';
  const unexpected = r.unexpected ? `, unexpected ${r.unexpected}` : '';
  const rate = Math.round(n / (r.elapsed / 1000));
  return `  ${name}: ${n} in ${(r.elapsed / 1000).toFixed(2)} s = ${rate} msg/s; received ${r.received}, lost ${r.lost}, duplicated ${r.duplicated}${copies}${unexpected}\n`;
}

async function main(): Promise<void> {
  const o = mailBenchOptions();
  const cleanUps = new CleanUps();
  try {
    const services = await startTestServices(ROOT);
    cleanUps.add(() => services.stop());
    const database = await cloneTemplate(services.adminUrl, `hoicho_bench_mail_${process.pid}`);
    cleanUps.add(() => database.drop());
    const sink = await Sink.start();
    cleanUps.add(() => sink.stop());
    const roles = new Map<number, string>([
      [process.pid, API_ROLE],
      [sink.child.pid!, 'smtp sink'],
    ]);
    const workers = o.workers
      ? `${o.workers} worker process${o.workers > 1 ? 'es' : ''} (apps/worker)`
      : 'worker inside the recording process';
    process.stdout.write(
      `mail benchmark: N=${o.n}, SMTP pool ${o.pool}, ${o.concurrency} in flight (MAIL_CONCURRENCY), outbox batches of ${o.batch}, ${workers}, ${cpus().length} CPUs\n`,
    );
    let bare: Awaited<ReturnType<typeof runBare>> | undefined;
    if (o.only !== 'pipeline') {
      bare = await runBare(sink, o);
      const processes = Math.max(1, o.workers);
      process.stdout.write(
        line(
          `bare nodemailer loop (${processes} process${processes > 1 ? 'es' : ''}, pool ${o.pool} in all)`,
          o.n,
          bare,
        ),
      );
      process.stdout.write(
        `    CPU per message: ${perMail(bare.cpuSeconds, o.n)} (${bare.cpuSeconds.toFixed(1)} s in the sending processes)${bare.failed ? `; ${bare.failed} sendMail calls failed` : ''}\n`,
      );
    }
    let pipeline: Awaited<ReturnType<typeof runPipeline>> | undefined;
    if (o.only !== 'bare') {
      pipeline = await runPipeline(
        sink,
        o,
        { database: database.url, redis: services.redisUrl },
        roles,
      );
      process.stdout.write(line('pipeline outbox→BullMQ→worker', o.n, pipeline));
      process.stdout.write(`    CPU: ${pipeline.cpuText}\n`);
      process.stdout.write(`    CPU per message: ${describeCpu(pipeline.cpu, o.n)}\n`);
      process.stdout.write(
        `    per message: ${pipeline.roundTrips}; recording took ${(pipeline.recorded / 1000).toFixed(2)} s; outbox rows: ${JSON.stringify(pipeline.rows)}\n`,
      );
    }
    if (bare && pipeline) {
      const goals: Goal[] = [
        ...bareGoals(
          o.n,
          { ms: pipeline.elapsed, cpuSeconds: pipeline.cpu.total },
          { ms: bare.elapsed, cpuSeconds: bare.cpuSeconds },
        ),
        [
          `pipeline: 0 lost, 0 duplicated, 0 unexpected`,
          pipeline.lost === 0 && pipeline.duplicated === 0 && pipeline.unexpected === 0,
        ],
      ];
      reportGoals(goals);
    }
  } finally {
    await cleanUps.run();
  }
}

runBench(main);
