import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { SendMailOptions } from 'nodemailer';
import type { BareShare } from './bare-sender';
import { bareMessageId, Sink, Tally, tally } from './sink-client';
import { TS_NODE_EXEC_ARGV } from './ts-node-exec-argv';

type Message = { type: string; failed?: number; seconds?: number };

/** `total` split over `parts` as evenly as integers allow. */
const share = (total: number, parts: number, i: number) =>
  Math.floor(total / parts) + (i < total % parts ? 1 : 0);

/**
 * The bare loop with as many sending processes as the pipeline has workers, so both sides may
 * use the same cores: K processes (bare-sender.ts) each with pool/K connections and
 * concurrency/K sends in flight send their share of `n` copies of one rendered message. Each
 * process warms up first (sink, nodemailer, the JIT) with its share of `warm` messages. Elapsed
 * time ends when the sink has the last message; `cpuSeconds` is the user+sys time of the
 * sending processes over the measured run (the sink, the stand-in for a remote server, apart).
 * BENCH_BARE_NODE_ARGS adds node flags to them (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"),
 * as BENCH_WORKER_NODE_ARGS does to the pipeline's workers.
 */
export async function bareProcesses(
  sink: Sink,
  run: {
    n: number;
    pool: number;
    concurrency: number;
    label: string;
    processes: number;
    warm: number;
  },
  mail: Omit<SendMailOptions, 'to' | 'messageId'>,
): Promise<Tally & { elapsed: number; failed: number; cpuSeconds: number }> {
  const k = Math.max(1, run.processes);
  const children = await Promise.all(Array.from({ length: k }, start));
  try {
    const sendAll = async (label: string, n: number) => {
      const reached = sink.reached(n);
      const startedAt = Date.now();
      let first = 0;
      const sent = children.map((child, i) => {
        const count = share(n, k, i);
        const message: BareShare = {
          type: 'send',
          port: sink.port,
          pool: share(run.pool, k, i),
          concurrency: share(run.concurrency, k, i),
          label,
          first,
          count,
          mail,
        };
        first += count;
        return ask(child, message, 'sent');
      });
      const failed = (await Promise.all(sent)).reduce((sum, m) => sum + (m.failed ?? 0), 0);
      const at = failed
        ? await Promise.race([reached, sleep(2000).then(() => Date.now())])
        : await reached;
      return { elapsed: at - startedAt, failed };
    };
    if (run.warm > 0) {
      await sendAll(`${run.label}-warm`, run.warm);
      await sleep(300);
      await sink.report();
    }
    const { elapsed, failed } = await sendAll(run.label, run.n);
    const cpu = await Promise.all(children.map((child) => ask(child, { type: 'cpu' }, 'cpu')));
    await sleep(300); // late duplicates, if any
    const expected = Array.from({ length: run.n }, (_, i) =>
      bareMessageId(`<${run.label}-${i}@bench.local>`),
    );
    return {
      elapsed,
      failed,
      cpuSeconds: cpu.reduce((sum, m) => sum + (m.seconds ?? 0), 0),
      ...tally(await sink.report(), expected),
    };
  } finally {
    for (const child of children) if (child.connected) child.send({ type: 'stop' });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function start(): Promise<ChildProcess> {
  const child = fork(join(__dirname, 'bare-sender.ts'), [], {
    execArgv: [
      ...TS_NODE_EXEC_ARGV,
      ...(process.env.BENCH_BARE_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
    ],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('message', () => resolve(child));
  });
}

function ask(child: ChildProcess, message: object, answer: string): Promise<Message> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: Message) => {
      if (m.type !== answer) return;
      child.off('message', onMessage);
      resolve(m);
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`bare sender exited (code ${code})`)));
    child.send(message);
  });
}
