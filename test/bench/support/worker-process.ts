import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { TS_NODE_EXEC_ARGV } from './ts-node-exec-argv';

const ROOT = join(__dirname, '../../..');

/**
 * `node apps/worker/src/main.ts` (through ts-node), as production runs a worker, resolved once
 * it says it started. It inherits this process's environment (NODE_OPTIONS included, so the
 * bare loop and the workers run with the same Node settings) with `env` on top;
 * BENCH_WORKER_NODE_ARGS adds node flags (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
 */
export function startWorkerProcess(env: Record<string, string>): Promise<ChildProcess> {
  const child = fork(join(ROOT, 'apps/worker/src/main.ts'), [], {
    cwd: ROOT,
    execArgv: [
      ...TS_NODE_EXEC_ARGV,
      ...(process.env.BENCH_WORKER_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
    ],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-5000);
      if (output.includes('worker started')) resolve(child);
    });
    child.once('exit', (code) =>
      reject(new Error(`worker process exited (code ${code}): ${output}`)),
    );
  });
}

/** SIGTERM, so the jobs in hand settle; SIGKILL if it is still there after 10 s. */
export async function stopWorkerProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
