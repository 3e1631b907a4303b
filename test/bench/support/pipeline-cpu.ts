import { cpus, loadavg } from 'node:os';
import { cpuDelta } from './process-cpu';

/** CPU seconds the pipeline spent over a measured run, by part. */
export interface PipelineCpu {
  /** Everything below: what one mail cost the machine, to compare with the bare loop's. */
  total: number;
  api: number;
  workers: number;
  postgres: number;
  redis: number;
}

/**
 * The pipeline's CPU between two readings of cpuByRole: the api process (`apiRole`: it records
 * or fans out, and with no separate workers it sends too), the worker processes, PostgreSQL
 * and Redis. The SMTP sink stands for a remote server and counts on neither side.
 */
export function pipelineCpu(
  before: Map<string, number>,
  after: Map<string, number>,
  apiRole: string,
): PipelineCpu {
  const spent = [...cpuDelta(before, after)];
  const sum = (match: (role: string) => boolean) =>
    spent.filter(([role]) => match(role)).reduce((total, [, seconds]) => total + seconds, 0);
  const part = {
    api: sum((role) => role === apiRole),
    workers: sum((role) => role.startsWith('worker process')),
    postgres: sum((role) => role === 'postgres'),
    redis: sum((role) => role === 'redis'),
  };
  return { total: part.api + part.workers + part.postgres + part.redis, ...part };
}

/** "1.23 ms": CPU seconds over n messages, per message. */
export const perMail = (seconds: number, n: number) => `${((seconds * 1000) / n).toFixed(2)} ms`;

/** The pipeline's CPU per message, whole and by part. */
export function describeCpu(cpu: PipelineCpu, n: number): string {
  return (
    `${perMail(cpu.total, n)} (api ${perMail(cpu.api, n)}, workers ${perMail(cpu.workers, n)}, ` +
    `PostgreSQL ${perMail(cpu.postgres, n)}, Redis ${perMail(cpu.redis, n)})`
  );
}

export type Goal = readonly [text: string, met: boolean];

/**
 * The goals against the bare loop of issue 21: throughput ≥ 0.9 × bare and CPU per message
 * ≤ 1.25 × bare, the bare loop in as many processes as the pipeline has workers.
 */
export function bareGoals(
  n: number,
  pipeline: { ms: number; cpuSeconds: number },
  bare: { ms: number; cpuSeconds: number },
): Goal[] {
  const throughput = bare.ms / pipeline.ms;
  const cpu = pipeline.cpuSeconds / bare.cpuSeconds;
  return [
    [`throughput pipeline / bare ${throughput.toFixed(2)} (goal ≥ 0.90)`, throughput >= 0.9],
    [
      `CPU per message pipeline / bare ${cpu.toFixed(2)} (${perMail(pipeline.cpuSeconds, n)} / ${perMail(bare.cpuSeconds, n)}; goal ≤ 1.25)`,
      cpu <= 1.25,
    ],
  ];
}

/** Prints each goal as met or not, and sets the exit code: 0 only if all are met. */
export function reportGoals(goals: Goal[]): void {
  for (const [text, met] of goals)
    process.stdout.write(`  ${met ? 'met    ' : 'NOT met'} ${text}\n`);
  const [load] = loadavg();
  if (load > cpus().length)
    process.stdout.write(
      `  (load average ${load.toFixed(1)} on ${cpus().length} cores: other work shared the machine, so the throughput ratio is noise; CPU per message is the figure that holds)\n`,
    );
  process.exitCode = goals.every(([, met]) => met) ? 0 : 1;
}
