import { argValue, intArg } from '../support/bench-args';

export interface MailBenchOptions {
  only?: 'bare' | 'pipeline';
  n: number;
  pool: number;
  concurrency: number;
  batch: number;
  workers: number;
}

/** bench:mail's settings, from the command line or the environment (see mail.bench.ts). */
export function mailBenchOptions(): MailBenchOptions {
  const only = argValue('only', 'BENCH_ONLY');
  if (only !== undefined && only !== 'bare' && only !== 'pipeline')
    throw new Error('--only takes bare or pipeline');
  const o = {
    only: only as MailBenchOptions['only'],
    n: intArg('n', 'N', 20_000),
    pool: intArg('pool', 'SMTP_POOL_SIZE', 10),
    concurrency: intArg('concurrency', 'MAIL_CONCURRENCY', 200),
    batch: intArg('batch', 'BATCH', 1000),
    workers: intArg('workers', 'WORKERS', 2, 0),
  };
  if (o.workers > o.pool)
    throw new Error('--workers cannot exceed --pool: each worker process needs a connection');
  return o;
}
