/**
 * npm run bench:import [-- --n 100000]
 *
 * Imports a visitor list of N rows (default 100,000: 8.4 MB of CSV with a few bad rows and
 * duplicates planted, as `visitor-import-batches.e2e.ts` imports 2,500) through the whole
 * api: upload, start, the job streaming the stored file, checking each row and sending it by
 * COPY to a staging table, merging each chunk with set-based SQL, polled for progress as an
 * organiser's screen would. In the same run, a bare COPY of the same file into an unindexed
 * table of text columns: the floor, and the ratio is the figure. Each phase prints its rows per
 * second and the peak growth of this process's heap and RSS (the api and its import worker run
 * in it); the counts must be exactly those planted. The import runs twice: once measured for
 * speed, once with a full collection forced every second, which shows the heap the import keeps
 * but slows it down.
 *
 * Goals (issue 21): ≥ 20,000 rows/s, heap and RSS growth ≤ 100 MB whatever the file's size.
 *
 * Starts a private PostgreSQL and Redis (or uses DATABASE_URL / REDIS_URL) and removes all it made.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { startBenchApi } from '../support/bench-api';
import { plantedVisitorList } from '../../e2e/invitations/support/planted-visitor-list';
import { cloneTemplate, startTestServices } from '../../support/test-services';
import { HeapGrowth, watchHeap } from '../support/heap-watch';
import { cpuByRole, cpuSince } from '../support/process-cpu';
import { bareCopy } from './bare-copy';
import { ImportApi } from './import-api';

/** The heap an import may keep, whatever the file's size. */
const LIVE_HEAP_GOAL_BYTES = 16e6;
/** Peak growth of the heap (garbage included) and of the RSS during the import. */
const MEMORY_GOAL_BYTES = 100e6;
const ROWS_PER_SECOND_GOAL = 20_000;

interface PhaseResult {
  label: string;
  rows: number;
  ms: number;
  heap: HeapGrowth;
  rssBytes: number;
}

const out = (line: string) => process.stdout.write(`${line}\n`);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const perSecond = (rows: number, ms: number) => Math.round(rows / (ms / 1000));
const loadText = () => `${loadavg()[0].toFixed(2)} (1 min)`;

function rowsOption(): number {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => a === '--n' || a.startsWith('--n='));
  const raw = i < 0 ? process.env.N : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  const n = raw === undefined || raw === '' ? 100_000 : Number(raw);
  if (!Number.isInteger(n) || n < 2_500)
    throw new Error(`--n must be a whole number ≥ 2500, got ${raw}`);
  return n;
}

/** Runs one phase, timing it and watching the heap, and prints its line. */
async function phase(
  label: string,
  rows: number,
  run: () => Promise<void>,
  live = false,
): Promise<PhaseResult> {
  const rssBase = process.memoryUsage().rss;
  let rssBytes = 0;
  const sample = setInterval(() => {
    rssBytes = Math.max(rssBytes, process.memoryUsage().rss - rssBase);
  }, 20);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const roles = new Map([[process.pid, 'api and import worker']]);
  const rolesBefore = cpuByRole(roles);
  const { heap } = await watchHeap(run, live).finally(() => clearInterval(sample));
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const byRole = cpuSince(rolesBefore, cpuByRole(roles));
  const liveText =
    heap.livePeakBytes === undefined ? '' : `, peak live heap growth +${mb(heap.livePeakBytes)}`;
  out(
    `  ${label}: ${rows} rows in ${(ms / 1000).toFixed(2)} s = ${perSecond(rows, ms)} rows/s; peak heap growth +${mb(heap.peakBytes)}, RSS +${mb(rssBytes)}${liveText}`,
  );
  // On a shared machine the wall time says little; this process's CPU and the load say why.
  out(
    `    this process (api and import worker) used ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s of CPU; load average ${loadText()}`,
  );
  // PostgreSQL's share is what the schema and the merge SQL cost, whatever the load.
  out(`    CPU by process: ${byRole}`);
  return { label, rows, ms, heap, rssBytes };
}

async function main(): Promise<void> {
  const n = rowsOption();
  const stops: (() => Promise<unknown>)[] = [];
  const cleanUp = async () => {
    for (const stop of stops.reverse()) {
      await stop().catch((error: Error) => process.stderr.write(`clean-up: ${error.message}\n`));
    }
    stops.length = 0;
  };
  process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));
  try {
    const services = await startTestServices(process.cwd());
    stops.push(() => services.stop());
    const database = await cloneTemplate(services.adminUrl, `hoicho_bench_import_${process.pid}`);
    stops.push(() => database.drop());
    const app = await startBenchApi({
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: database.url,
      REDIS_URL: services.redisUrl,
      SMTP_URL: 'smtp://127.0.0.1:9', // nothing is mailed
      APP_SECRET: randomBytes(32).toString('base64url'),
      QUEUE_PREFIX: `benchi${randomBytes(3).toString('hex')}`,
      PUBLIC_URL: 'https://hoicho.bench',
      RUN_WORKERS: 'true',
      WORKER_QUEUES: 'imports',
      SEED_DEMO: 'false',
    });
    stops.push(() => app.close());

    const list = plantedVisitorList(n);
    out(
      `import benchmark: N=${n} (${mb(list.file.length)} of CSV, ${list.rejected.length} bad rows and ${list.merged} duplicates planted), ${cpus().length} CPUs, load average ${loadText()}`,
    );
    const api = await ImportApi.signIn(app);
    let ok = true;
    const importThroughApi = (bodyId: string) => async () => {
      const counts = await api.importList(bodyId, list.file);
      const expected = {
        created: list.created,
        merged: list.merged,
        rejected: list.rejected.length,
      };
      if (JSON.stringify(counts) !== JSON.stringify(expected)) {
        ok = false;
        out(`    counts ${JSON.stringify(counts)}, planted ${JSON.stringify(expected)}: WRONG`);
      }
    };
    const [speedBody, memoryBody] = [await api.newBody('speed'), await api.newBody('memory')];
    // A small import first, so code loading and JIT do not count as the import's RSS.
    await api.importList(await api.newBody('warm'), plantedVisitorList(2_500).file);

    const speed = await phase('import through the api', n, importThroughApi(speedBody));
    const bare = await bareCopy(database.url, list.file, 5);
    if (bare.rows !== n) throw new Error(`the bare COPY holds ${bare.rows} rows, not ${n}`);
    out(
      `  bare COPY of the same file into an unindexed table: ${n} rows in ${(bare.ms / 1000).toFixed(2)} s = ${perSecond(n, bare.ms)} rows/s`,
    );
    const memory = await phase(
      'the same import, collecting garbage once a second',
      n,
      importThroughApi(memoryBody),
      true,
    );
    const rate = perSecond(n, speed.ms);
    const live = memory.heap.livePeakBytes!;
    const fastEnough = rate >= ROWS_PER_SECOND_GOAL;
    const bounded =
      speed.heap.peakBytes <= MEMORY_GOAL_BYTES &&
      speed.rssBytes <= MEMORY_GOAL_BYTES &&
      live <= LIVE_HEAP_GOAL_BYTES;
    out(`  import ${rate} rows/s = ${(rate / perSecond(n, bare.ms)).toFixed(3)} × the bare COPY`);
    out(
      `  speed ${rate} rows/s (goal ≥ ${ROWS_PER_SECOND_GOAL}): ${fastEnough ? 'met' : 'NOT met'}`,
    );
    out(
      `  memory: heap +${mb(speed.heap.peakBytes)}, RSS +${mb(speed.rssBytes)} (goal ≤ ${mb(MEMORY_GOAL_BYTES)}), live heap +${mb(live)} (goal ≤ ${mb(LIVE_HEAP_GOAL_BYTES)}): ${bounded ? 'met' : 'NOT met'}`,
    );
    out(`  counts as planted: ${ok ? 'yes' : 'NO'}`);
    ok &&= fastEnough && bounded;
    process.exitCode = ok ? 0 : 1;
  } finally {
    await cleanUp();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
