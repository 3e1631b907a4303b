/**
 * npm run bench:catalogue [-- --seconds 15 --rounds 3 --connections 100]
 *
 * Seeds 5,000 producers and 50,000 products (all exhibitors of one published fair), starts the
 * api as `npm start` builds it (plus one bench-only route that returns a constant), and from a
 * SECOND process loads, at 100 concurrent connections:
 *   1. the public product search with a mix of 49 realistic queries (words, village, craft,
 *      material, OCOP, price, pages, both languages): the goal's subject;
 *   2. the bare Nest route in the same app (same middleware: logging, guards, pipes);
 * taking turns (3 rounds of 5 s each, so a neighbour's CPU burst on a shared host does not hit
 * one side only), and prints requests/s, p50/p99 latency of the median round and the ratio. For the record it also prints the
 * search with caching defeated (every request a new page) and each query's own database time
 * with the indexes the planner used. Goal: ratio ≥ 0.5, search p99 ≤ 50 ms.
 *
 * Starts a private PostgreSQL and Redis (or uses DATABASE_URL / REDIS_URL) and removes them.
 */
import 'reflect-metadata';
import { Controller, Get, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { Public } from '@hoicho/platform';
import { parseEnvironment } from '@hoicho/platform/config/load-config';
import { startSmtpCapture } from '@hoicho/platform/embedded/smtp-capture.server';
import { buildAppConfig } from '@hoicho/platform/runtime/build-app-config';
import { CatalogueIndexRepository } from '@hoicho/exhibitors';
import { CatalogueCache, CatalogueSearchService } from '@hoicho/showcases';
import { ProductQueryDto } from '@hoicho/showcases/catalogue/dto/catalogue.dto';
import { ApiModule } from '../../../apps/api/src/api.module';
import { cloneTemplate, startTestServices } from '../../support/test-services';
import type { LoadResult } from './load';
import { seedCatalogue } from './seed';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const SECONDS = arg('seconds', 15);
const CONNECTIONS = arg('connections', 100);
const WARMUP = 3;
const ROUNDS = arg('rounds', 3);

@Controller('bench')
class BareController {
  @Public()
  @Get('bare')
  bare() {
    return { ok: true };
  }
}

@Module({ controllers: [BareController] })
class BenchRoutesModule {}

/** The search mix: what visitors of a craft fair type and click. */
function queries(): Record<string, string | number>[] {
  const words = [
    'bat trang gom',
    'gom',
    'binh gom men lam',
    'may tre',
    'chao den may',
    'lua van phuc',
    'khan lua',
    'tuong go son dong',
    'bac dinh cong',
    'non la',
    'quat giay',
    'huong tram',
    'son mai',
    'kham trai',
    'dong',
    'htx',
  ];
  const list: Record<string, string | number>[] = [];
  for (const q of words) list.push({ q });
  for (const q of words.slice(0, 6)) list.push({ q, lang: 'en' });
  for (const village of ['bat trang', 'phu vinh', 'van phuc', 'chuong']) list.push({ village });
  for (const craft of ['gom-su', 'may tre dan', 'ceramics', 'lua']) list.push({ craft });
  for (const material of ['may', 'tre', 'dat set', 'lua']) list.push({ material });
  list.push({ ocopStars: 3 }, { ocopStars: 4 }, { ocopStars: 5, craft: 'gom-su' });
  list.push({ priceMin: 200000, priceMax: 500000 }, { priceMax: 150000 }, { priceMin: 3000000 });
  list.push({ q: 'gom', village: 'bat trang', ocopStars: 3 }, { craft: 'lua', priceMax: 1000000 });
  for (const page of [1, 2, 3, 10]) list.push({ page });
  list.push({ page: 1, lang: 'en' }, { page: 2, pageSize: 50 }, { q: 'binh', page: 2 });
  return list;
}

const qs = (query: Record<string, string | number>) =>
  new URLSearchParams(
    Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]),
  ).toString();

function load(
  job: { label: string; url: string; paths: string[] },
  seconds: number,
  warmupSeconds: number,
): Promise<LoadResult> {
  const child = fork(join(__dirname, 'load.ts'), [], {
    execArgv: ['-r', join(__dirname, '..', 'support', 'ts-node-swc.js')],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.on('message', (message: { type: string; result?: LoadResult; message?: string }) => {
      if (message.type === 'ready') {
        child.send({ ...job, connections: CONNECTIONS, seconds, warmupSeconds });
      } else {
        child.kill();
        if (message.type === 'result') resolve(message.result!);
        else reject(new Error(message.message));
      }
    });
    child.once('error', reject);
  });
}

/** The round with the median rate, and the requests and failures of all rounds. */
function median(results: LoadResult[]): LoadResult {
  const sorted = [...results].sort((a, b) => a.rps - b.rps);
  const middle = sorted[Math.floor(sorted.length / 2)];
  const sum = (key: 'requests' | 'non2xx' | 'errors' | 'timeouts') =>
    results.reduce((total, r) => total + r[key], 0);
  return {
    ...middle,
    label: `${middle.label} (median of ${results.length})`,
    requests: sum('requests'),
    non2xx: sum('non2xx'),
    errors: sum('errors'),
    timeouts: sum('timeouts'),
    max: Math.max(...results.map((r) => r.max)),
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Index names in an EXPLAIN plan. */
function indexesOf(plan: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(plan)) plan.forEach((p) => indexesOf(p, found));
  else if (plan && typeof plan === 'object') {
    for (const [key, value] of Object.entries(plan)) {
      if (key === 'Index Name') found.add(String(value));
      else indexesOf(value, found);
    }
  }
  return found;
}

async function createBenchApp(
  url: string,
  redisUrl: string,
): Promise<{ app: INestApplication; stop: () => Promise<void> }> {
  const smtp = await startSmtpCapture();
  const raw = parseEnvironment({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: url,
    REDIS_URL: redisUrl,
    SMTP_URL: smtp.url,
    APP_SECRET: 'bench-secret-bench-secret-bench-secret-0',
    QUEUE_PREFIX: 'bench',
    SEED_DEMO: 'false',
    RUN_WORKERS: 'false',
    PUBLIC_URL: 'https://hoicho.example',
  });
  const config = buildAppConfig(raw, {
    databaseUrl: url,
    redisUrl,
    smtpUrl: smtp.url,
    secret: raw.APP_SECRET!,
  });
  const runtime = { config, mailbox: smtp.mailbox, stop: async () => undefined };

  @Module({ imports: [ApiModule.register(runtime), BenchRoutesModule] })
  class BenchAppModule {}

  // As createApiApp builds it (apps/api/src/create-app.ts), with the bench route added.
  const app = await NestFactory.create<NestExpressApplication>(BenchAppModule, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: '1mb' });
  app.useBodyParser('urlencoded', { limit: '100kb', extended: false });
  app.set('trust proxy', false);
  await app.init();
  await app.listen(0, '127.0.0.1');
  return {
    app,
    stop: async () => {
      await app.close();
      await smtp.stop();
    },
  };
}

async function main(): Promise<void> {
  const line = (text = '') => process.stdout.write(`${text}\n`);
  line(
    `catalogue benchmark: ${CONNECTIONS} connections, ${SECONDS} s per route in ${ROUNDS} alternating rounds (after ${WARMUP} s warm-up)`,
  );
  const services = await startTestServices(process.cwd());
  const database = await cloneTemplate(services.adminUrl, `hoicho_bench_catalogue_${process.pid}`);
  const { url } = database;
  let bench: Awaited<ReturnType<typeof createBenchApp>> | undefined;
  try {
    const seeded = await seedCatalogue(url);
    line(
      `seeded ${seeded.producers} producers, ${seeded.products} products (${seeded.published} published), ` +
        `all exhibitors of one published fair, in ${(seeded.millis / 1000).toFixed(1)} s`,
    );

    bench = await createBenchApp(url, services.redisUrl);
    // The seed wrote the tables directly, around the exhibitors' services that keep the
    // catalogue index: build it as a bulk load must, then give the planner its statistics.
    const dataSource = bench.app.get(DataSource);
    await bench.app.get(CatalogueIndexRepository).rebuild(dataSource.manager);
    await dataSource.query('VACUUM ANALYZE catalogue_products');
    const base = (await bench.app.getUrl()).replace('[::1]', '127.0.0.1');
    const fair = seeded.fairId;
    const mix = queries();

    // Each query's own database time, cache bypassed, and the indexes its plan uses.
    const catalogue = bench.app.get(CatalogueSearchService);
    line('\nthe search without the cache (in-process, sequential, 20 runs per query):');
    const all: number[] = [];
    const indexes = new Set<string>();
    const captured: { sql: string; params: unknown[] }[] = [];
    const query = dataSource.query.bind(dataSource);
    dataSource.query = ((sql: string, params?: unknown[]) => {
      if (sql.includes('catalogue_products cp')) captured.push({ sql, params: params ?? [] });
      return query(sql, params);
    }) as typeof dataSource.query;
    let slowest = { ms: 0, query: '' };
    for (const q of mix) {
      const dto = Object.assign(new ProductQueryDto(), { page: 1, pageSize: 20, lang: 'vi' }, q);
      const times: number[] = [];
      for (let i = 0; i < 20; i++) {
        const started = process.hrtime.bigint();
        await catalogue.products(fair, dto, false);
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      times.sort((a, b) => a - b);
      all.push(...times);
      if (times[10] > slowest.ms) slowest = { ms: times[10], query: qs(q) };
      for (const { sql, params } of captured.splice(0).slice(0, 2)) {
        const [{ 'QUERY PLAN': plan }] = await query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
        indexesOf(plan).forEach((name) => indexes.add(name));
      }
    }
    dataSource.query = query;
    all.sort((a, b) => a - b);
    line(
      `  ${mix.length} queries: p50 ${percentile(all, 50).toFixed(1)} ms, p99 ${percentile(all, 99).toFixed(1)} ms; ` +
        `slowest median ${slowest.ms.toFixed(1)} ms (${slowest.query})`,
    );
    line(`  indexes in the plans: ${[...indexes].sort().join(', ')}`);

    const searchPaths = mix.map((q) => `/api/v1/catalogue/fairs/${fair}/products?${qs(q)}`);
    const uncachedPaths = Array.from({ length: 5000 }, (_, i) => {
      const q = mix[i % mix.length];
      return `/api/v1/catalogue/fairs/${fair}/products?${qs({ ...q, page: 1 + Math.floor(i / mix.length), pageSize: 5 })}`;
    });
    // Search and bare take turns (ROUNDS rounds of SECONDS / ROUNDS each), so a neighbour's
    // burst of CPU on a shared host does not land on one side only; each side's numbers are
    // the median round.
    bench.app.get(CatalogueCache).clear();
    const routes = [
      { label: 'search', url: base, paths: searchPaths },
      { label: 'bare', url: base, paths: ['/bench/bare'] },
    ];
    const rounds: LoadResult[][] = [[], []];
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, route] of routes.entries()) {
        rounds[i].push(await load(route, SECONDS / ROUNDS, round === 0 ? WARMUP : 0));
      }
    }
    const [search, bare] = rounds.map(median);
    const uncached = await load(
      { label: 'search, cache defeated', url: base, paths: uncachedPaths },
      SECONDS / ROUNDS,
      0,
    );
    // The load process is gone, but the api may still be answering its last requests: let
    // them finish before the database closes under them.
    await new Promise((resolve) => setTimeout(resolve, 2000));

    line('\nunder load (autocannon in a second process):');
    line('  route                            req/s    p50 ms   p99 ms   max ms   non-2xx  errors');
    for (const [i, route] of routes.entries()) {
      line(`  ${route.label} rounds, req/s: ${rounds[i].map((r) => r.rps.toFixed(0)).join(', ')}`);
    }
    for (const r of [search, bare, uncached]) {
      line(
        `  ${r.label.padEnd(31)} ${r.rps.toFixed(0).padStart(7)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)} ` +
          `${String(r.max).padStart(8)} ${String(r.non2xx).padStart(9)} ${String(r.errors + r.timeouts).padStart(7)}`,
      );
    }
    const ratio = search.rps / bare.rps;
    const goals = [
      [`ratio search / bare ${ratio.toFixed(2)} (goal ≥ 0.5)`, ratio >= 0.5],
      [
        `search p99 ${search.p99} ms (goal ≤ 50 ms; the bare route's p99 here: ${bare.p99} ms)`,
        search.p99 <= 50,
      ],
      [
        `search answered without errors`,
        search.non2xx === 0 && search.errors + search.timeouts === 0,
      ],
    ] as const;
    line('');
    for (const [text, met] of goals) line(`${met ? 'MET    ' : 'NOT MET'} ${text}`);
    const ok = goals.every(([, met]) => met);
    process.exitCode = ok ? 0 : 1;
  } finally {
    await bench?.stop().catch(() => undefined);
    await database.drop();
    await services.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
