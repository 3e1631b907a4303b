import { ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The SMTP sink of the mail benchmark (test/bench/mail/smtp-sink.ts), run as a separate
 * process: it accepts everything and counts Message-IDs; this is its IPC client.
 */
export type SinkReport = { total: number; counts: Map<string, number> };

type Message = { type: string; [key: string]: unknown };

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
    const script = join(__dirname, '..', 'mail', 'smtp-sink.ts');
    if (!existsSync(script)) throw new Error(`${script} is missing (the mail benchmark's sink)`);
    const child = fork(script, [], {
      execArgv: ['-r', join(__dirname, '..', 'mail', 'ts-node-swc.js')],
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

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      this.child.once('exit', () => resolve());
      this.child.send({ type: 'stop' });
      setTimeout(() => this.child.kill('SIGKILL'), 3000).unref();
    });
  }
}

/** Lost and duplicated, by Message-ID, against what was meant to arrive. */
export function tally(report: SinkReport, expected: readonly string[]) {
  const wanted = new Set(expected);
  const lost = expected.filter((id) => !report.counts.has(id)).length;
  let duplicated = 0;
  let unexpected = 0;
  for (const [id, count] of report.counts) {
    if (!wanted.has(id)) unexpected += count;
    else if (count > 1) duplicated += count - 1;
  }
  return { lost, duplicated, unexpected };
}
