/**
 * npm run bench:payments [-- --lines 20000 --applications 5000]
 *
 * Imports a bank statement of 20,000 lines against 5,000 released approvals through the
 * payments area's import service (the same code the upload route runs after reading the
 * multipart body): parse the CSV, look up the transactions imported before, match each credit
 * by its HC reference, write lines, payments, the applications' amounts and their history in one
 * transaction. Prints lines per second and the match counts, which must be exactly those
 * planted, with every line accounted for (credits + skipped + errors = lines). Then imports the
 * same statement again: every credit must be a duplicate and nothing paid twice.
 * Goal: ≥ 2,000 lines/s.
 *
 * Starts a private PostgreSQL and Redis (or uses DATABASE_URL / REDIS_URL) and removes all it made.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { DataSource } from 'typeorm';
import { StatementImportService } from '@hoicho/payments';
import { startBenchApi } from '../support/bench-api';
import { fairFixture } from '../../support/fair-fixtures';
import { TestModule } from '../../support/test-module';
import { cloneTemplate, startTestServices } from '../../support/test-services';
import { AMOUNT_DUE, DEPOSIT, plantedStatement } from './planted-statement';

const GOAL_LINES_PER_SECOND = 2_000;
const out = (line: string) => process.stdout.write(`${line}\n`);

function option(name: string, fallback: number): number {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  const raw = i < 0 ? undefined : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} must be a whole number, got ${raw}`);
  return n;
}

/** A applications, released approvals of the fair, references HC-0000000000… in order. */
async function seedApprovals(db: DataSource, fairId: string, userId: string, count: number) {
  const [type] = await db.query('SELECT id FROM booth_types WHERE fair_id = $1 LIMIT 1', [fairId]);
  await db.query(
    `WITH p AS (
       INSERT INTO producers (legal_name_vi)
       SELECT 'Cơ sở bench ' || i FROM generate_series(0, $1 - 1) i RETURNING id, legal_name_vi)
     INSERT INTO applications (fair_id, producer_id, reference, status, booths_wanted,
       booth_type_ids, producer_name, fee, subsidy, amount_due, deposit, created_by,
       submitted_by, submitted_at, decided_at, released_at)
     SELECT $2, p.id, 'HC-' || upper(lpad(to_hex(regexp_replace(p.legal_name_vi, '[^0-9]', '', 'g')::int), 10, '0')),
       'approved', 1, ARRAY[$3::uuid], p.legal_name_vi, $4, 0, $4, $5, $6, $6, now(), now(), now()
       FROM p`,
    [count, fairId, type.id, AMOUNT_DUE.toString(), DEPOSIT.toString(), userId],
  );
}

async function main(): Promise<void> {
  const lines = option('lines', 20_000);
  const applications = option('applications', 5_000);
  const stops: (() => Promise<unknown>)[] = [];
  const cleanUp = async () => {
    for (const stop of stops.reverse()) {
      await stop().catch((error: Error) => process.stderr.write(`clean-up: ${error.message}\n`));
    }
    stops.length = 0;
  };
  process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));
  let ok = true;
  try {
    const services = await startTestServices(process.cwd());
    stops.push(() => services.stop());
    const database = await cloneTemplate(services.adminUrl, `hoicho_bench_payments_${process.pid}`);
    stops.push(() => database.drop());
    const app = await startBenchApi({
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: database.url,
      REDIS_URL: services.redisUrl,
      SMTP_URL: 'smtp://127.0.0.1:9',
      APP_SECRET: randomBytes(32).toString('base64url'),
      QUEUE_PREFIX: `benchp${randomBytes(3).toString('hex')}`,
      PUBLIC_URL: 'https://hoicho.bench',
      RUN_WORKERS: 'false',
      SEED_DEMO: 'false',
    });
    stops.push(() => app.close());
    const db = app.get(DataSource);
    const m = { dataSource: db, get: (type: never) => app.get(type) } as unknown as TestModule;
    const fair = await fairFixture(m);
    await seedApprovals(db, fair.id, fair.organiser.id, applications);
    const statement = plantedStatement(applications, lines);
    out(
      `payments benchmark: ${statement.lines} statement lines (${(statement.csv.length / 1e6).toFixed(1)} MB CSV) against ${applications} applications, ${cpus().length} CPUs`,
    );
    const imports = app.get(StatementImportService);
    const upload = {
      data: Buffer.from(statement.csv, 'utf8'),
      filename: 'sao-ke.csv',
      bankBin: '970436',
      mapping: {
        date: 'Ngày GD',
        credit: 'Ghi có',
        description: 'Nội dung',
        bankRef: 'Số bút toán',
      },
    };
    for (const round of ['first import', 'same statement again']) {
      const started = performance.now();
      const result = await imports.import(fair.organiser, fair.id, upload);
      const seconds = (performance.now() - started) / 1000;
      const c = result.counts;
      const accounted = c.credits + c.skipped + c.errors;
      out(
        `  ${round}: ${(statement.lines / seconds).toFixed(0)} lines/s (${seconds.toFixed(2)} s); ` +
          `exact ${c.exact}, partial ${c.partial}, over-paid ${c.over_paid}, unmatched ${c.unmatched}, ` +
          `duplicate ${c.duplicate}, skipped ${c.skipped}, errors ${c.errors}; ${accounted}/${c.lines} lines accounted for`,
      );
      const expected =
        round === 'first import'
          ? statement.expected
          : {
              ...statement.expected,
              exact: 0,
              partial: 0,
              over_paid: 0,
              unmatched: 0,
              duplicate: c.credits,
            };
      const got = {
        exact: c.exact,
        partial: c.partial,
        over_paid: c.over_paid,
        unmatched: c.unmatched,
        duplicate: c.duplicate,
        skipped: c.skipped,
        errors: c.errors,
      };
      if (
        JSON.stringify(got) !== JSON.stringify(expected) ||
        accounted !== c.lines ||
        c.lines !== statement.lines
      ) {
        ok = false;
        out(`    counts ${JSON.stringify(got)}, planted ${JSON.stringify(expected)}: WRONG`);
      }
      if (round === 'first import' && statement.lines / seconds < GOAL_LINES_PER_SECOND) {
        out(`    below the goal of ${GOAL_LINES_PER_SECOND} lines/s`);
      }
      const [{ total }] = await db.query(
        'SELECT sum(amount_paid)::text AS total FROM applications WHERE fair_id = $1',
        [fair.id],
      );
      if (BigInt(total) !== statement.paidTotal) {
        ok = false;
        out(`    paid ${total}, expected ${statement.paidTotal}: WRONG`);
      }
    }
    out(ok ? 'OK' : 'FAILED');
  } finally {
    await cleanUp();
  }
  if (!ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
