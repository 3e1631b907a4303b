import { ChildProcess, fork } from 'node:child_process';
import { getPriority } from 'node:os';
import { join } from 'node:path';
import { lowerCpuPriority } from '@hoicho/platform/runtime/lower-cpu-priority';
import { TS_NODE_EXEC_ARGV } from './ts-node-exec-argv';

export type SinkReport = { total: number; counts: Map<string, number> };

type Message = { type: string; [key: string]: unknown };

/**
 * The benchmarks' SMTP sink (smtp-sink.ts) in a separate process: it accepts everything and
 * counts Message-IDs; this is its IPC client.
 */
export class Sink {
  private readonly waiting = new Map<string, (message: Message) => void>();

  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
  ) {
    child.on('message', (message: Message) => {
      const resolve = this.waiting.get(message.type);
      this.waiting.delete(message.type);
      resolve?.(message);
    });
  }

  static start(): Promise<Sink> {
    const child = fork(join(__dirname, 'smtp-sink.ts'), [], {
      execArgv: TS_NODE_EXEC_ARGV,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`smtp sink exited (code ${code})`)));
      child.once('message', (message: { type: string; port: number }) =>
        resolve(new Sink(child, message.port)),
      );
    });
  }

  private request<T>(type: string, body: object, answer: string): Promise<T> {
    return new Promise((resolve) => {
      this.waiting.set(answer, resolve as never);
      this.child.send({ type, ...body });
    });
  }

  /** Resolves with the sink's clock once `target` distinct Message-IDs have arrived. */
  async reached(target: number): Promise<number> {
    return (await this.request<{ at: number }>('expect', { target }, 'reached')).at;
  }

  /** What arrived since the last report; resets the counts. */
  async report(): Promise<SinkReport> {
    const answer = await this.request<{ total: number; counts: [string, number][] }>(
      'report',
      {},
      'report',
    );
    return { total: answer.total, counts: new Map(answer.counts) };
  }

  /**
   * The sink stands for a mail server on another machine; sharing the cores, it runs at the
   * senders' priority. At nice 0 beside workers at nice 10 (WORKER_NICE) it would preempt them
   * on every packet, which costs both sides CPU that no real deployment pays, and the bare loop
   * (sender and sink both at 0) would be measured under other terms. Returns the sink's value.
   */
  matchPriorityOf(senderPid: number): number {
    return lowerCpuPriority(getPriority(senderPid), this.child.pid!);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      this.child.once('exit', () => resolve());
      this.child.send({ type: 'stop' });
      setTimeout(() => this.child.kill('SIGKILL'), 3000).unref();
    });
  }
}

/** "<id@host>" → "id@host", as the sink counts them. */
export const bareMessageId = (messageId: string) => messageId.replace(/^<|>$/g, '');

export interface Tally {
  received: number;
  lost: number;
  /** Message-IDs that arrived more than once, and the copies beyond the first. */
  duplicated: number;
  extra: number;
  unexpected: number;
}

/** Lost and duplicated, by Message-ID, against what was meant to arrive. */
export function tally(report: SinkReport, expected: readonly string[]): Tally {
  const wanted = new Set(expected);
  const lost = expected.filter((id) => !report.counts.has(id)).length;
  let duplicated = 0;
  let extra = 0;
  let unexpected = 0;
  for (const [id, count] of report.counts) {
    if (!wanted.has(id)) unexpected += count;
    else if (count > 1) {
      duplicated++;
      extra += count - 1;
    }
  }
  return { received: report.total, lost, duplicated, extra, unexpected };
}
