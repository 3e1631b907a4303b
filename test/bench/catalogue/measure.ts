import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { LoadResult } from './load';

/**
 * One load run from a second process (load.ts): closed loop at `connections`, or open loop at
 * `rate` requests per second when given.
 */
export function load(
  job: { label: string; url: string; paths: string[]; connections: number; rate?: number },
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
        child.send({ ...job, seconds, warmupSeconds });
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
export function median(results: LoadResult[]): LoadResult {
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

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Index names in an EXPLAIN plan. */
export function indexesOf(plan: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(plan)) plan.forEach((p) => indexesOf(p, found));
  else if (plan && typeof plan === 'object') {
    for (const [key, value] of Object.entries(plan)) {
      if (key === 'Index Name') found.add(String(value));
      else indexesOf(value, found);
    }
  }
  return found;
}

/** A statement as the search sent it. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * The database's own time for a statement: planning and execution as EXPLAIN (ANALYZE, TIMING
 * OFF) reports them, the fastest of `runs` (what a busy host's neighbours add is not in it).
 */
export async function databaseMs(
  query: (sql: string, params: unknown[]) => Promise<{ 'QUERY PLAN': string }[]>,
  { sql, params }: Statement,
  runs = 5,
): Promise<{ planning: number; execution: number }> {
  let best = { planning: Infinity, execution: Infinity };
  for (let i = 0; i < runs; i++) {
    const text = (await query(`EXPLAIN (ANALYZE, TIMING OFF) ${sql}`, params))
      .map((row) => row['QUERY PLAN'])
      .join('\n');
    const ms = (name: string) => Number(new RegExp(`${name} Time: ([\\d.]+)`).exec(text)?.[1]);
    if (ms('Execution') < best.execution)
      best = { planning: ms('Planning'), execution: ms('Execution') };
  }
  return best;
}
