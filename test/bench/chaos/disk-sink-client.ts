import { ChildProcess, fork } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TS_NODE_EXEC_ARGV } from '../support/ts-node-exec-argv';

/** The chaos run's SMTP server (disk-sink.ts) in its own process, and what it kept. */
export class DiskSink {
  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
    private readonly dir: string,
  ) {}

  static start(dir: string, delayMs: number): Promise<DiskSink> {
    mkdirSync(dir, { recursive: true });
    const child = fork(join(__dirname, 'disk-sink.ts'), [], {
      execArgv: TS_NODE_EXEC_ARGV,
      env: { ...process.env, SINK_DIR: dir, SINK_DELAY_MS: String(delayMs) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`disk sink exited (code ${code})`)));
      child.once('message', (message: { port: number }) =>
        resolve(new DiskSink(child, message.port, dir)),
      );
    });
  }

  /** Distinct Message-IDs accepted so far. */
  distinct(): Promise<number> {
    return new Promise((resolve) => {
      const onMessage = (message: { type: string; distinct: number }) => {
        if (message.type !== 'count') return;
        this.child.off('message', onMessage);
        resolve(message.distinct);
      };
      this.child.on('message', onMessage);
      this.child.send({ type: 'count' });
    });
  }

  /** Every Message-ID the server accepted, as many times as it accepted it (from disk). */
  accepted(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const id of readFileSync(join(this.dir, 'accepted.log'), 'utf8').split('\n')) {
      if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
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
