import { flagArg, intArg } from '../support/bench-args';

export interface CampaignBenchOptions {
  n: number;
  pool: number;
  concurrency: number;
  workers: number;
  /** No process consumes mail: the fan-out alone, the floor of the enqueue time here. */
  enqueueOnly: boolean;
}

/** bench:campaign's settings, from the command line or the environment (see campaign.bench.ts). */
export function campaignBenchOptions(): CampaignBenchOptions {
  const enqueueOnly = flagArg('enqueue-only');
  return {
    n: intArg('n', 'N', 100_000),
    pool: intArg('pool', 'SMTP_POOL_SIZE', 10),
    concurrency: intArg('concurrency', 'MAIL_CONCURRENCY', 50),
    workers: enqueueOnly ? 0 : intArg('workers', 'BENCH_WORKERS', 2, 0),
    enqueueOnly,
  };
}
