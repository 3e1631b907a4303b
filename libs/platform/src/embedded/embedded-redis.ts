import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { EmbeddedServiceError } from './embedded-service.error';
import { freePort } from './free-port';
import { stopStaleProcess } from './stale-process';
import { stopChild } from './stop-child';

export interface RunningRedis {
  url: string;
  stop(): Promise<void>;
}

function findOnPath(binary: string): string | undefined {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, binary))
    .find((candidate) => existsSync(candidate));
}

/** A private redis-server on a free port, persisting with an append-only file in `dataDir`. */
export async function startEmbeddedRedis(options: {
  dataDir: string;
  persistent?: boolean;
  /** A fixed port (a test that restarts Redis under running clients); a free one otherwise. */
  port?: number;
  log?: (line: string) => void;
}): Promise<RunningRedis> {
  const log = options.log ?? (() => undefined);
  const binary = findOnPath('redis-server');
  if (!binary) {
    throw new EmbeddedServiceError(
      'redis-server is not on PATH: install it (Debian/Ubuntu: apt-get install redis-server, macOS: brew install redis) or set REDIS_URL',
    );
  }
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const pidFile = join(dataDir, 'redis.pid');
  if (await stopStaleProcess(pidFile, 'redis-server'))
    log('stopped a redis-server left running by an earlier run');
  const port = options.port ?? (await freePort());
  const persistence =
    options.persistent === false
      ? ['--appendonly', 'no']
      : ['--appendonly', 'yes', '--appendfsync', 'everysec'];
  const child = spawn(
    binary,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dataDir,
      '--pidfile',
      pidFile,
      '--save',
      '',
      ...persistence,
      '--daemonize',
      'no',
      '--loglevel',
      'notice',
      '--logfile',
      '',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolveReady, reject) => {
    let tail = '';
    const onData = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-4000);
      if (/ready to accept connections/i.test(tail)) resolveReady();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(
        new EmbeddedServiceError(
          `redis-server exited (code ${code}): ${tail.trim().split('\n').pop() ?? ''}`,
        ),
      ),
    );
  });
  child.stdout.resume();
  child.stderr.resume();
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () => stopChild(child, ['SIGTERM']),
  };
}
