import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuiltApi {
  url: string;
  /** The api process, and the data folder of its embedded services. */
  process: ChildProcess;
  dataDir: string;
  /** What it printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the built api exactly as `npm start` runs it (embedded PostgreSQL, Redis and SMTP
 * capture, the demo seeded) on a free port with a fresh data folder. Browser tests and the web
 * benchmark drive it.
 */
export async function startBuiltApi(env: Record<string, string> = {}): Promise<BuiltApi> {
  const root = join(__dirname, '../..');
  const main = join(root, 'dist/apps/api/src/main.js');
  if (!existsSync(main) || !existsSync(join(root, 'dist/web/index.html')))
    throw new Error('Build first: npm run build (npm test does it)');
  const dataDir = mkdtempSync(join(tmpdir(), 'hoicho-built-api-'));
  const api = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
      PUBLIC_URL: '',
      DATABASE_URL: '',
      REDIS_URL: '',
      SMTP_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  api.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  api.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await listeningUrl(api);
  return {
    url,
    process: api,
    dataDir,
    output: () => output,
    stop: async () => {
      await stop(api);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function listeningUrl(api: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    api.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Web app\s+(http:\/\/\S+?)\/?\s/.exec(output);
      if (match) resolve(match[1]);
    });
    api.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    api.once('exit', (code) => reject(new Error(`the api exited (${code}):\n${output}`)));
  });
}

async function stop(api: ChildProcess): Promise<void> {
  if (api.exitCode !== null) return;
  const exited = new Promise((resolve) => api.once('exit', resolve));
  api.kill('SIGTERM');
  const deadline = setTimeout(() => api.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(deadline);
}
