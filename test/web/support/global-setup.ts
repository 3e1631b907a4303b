import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Starts the api exactly as `npm start` runs it (embedded PostgreSQL, Redis and SMTP capture,
 * the demo seeded) on a free port with a fresh data folder, and stops it after the run.
 * Tests reach it at WEB_BASE_URL.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const main = join(process.cwd(), 'dist/apps/api/src/main.js');
  if (!existsSync(main) || !existsSync(join(process.cwd(), 'dist/web/index.html')))
    throw new Error('Build first: npm run build (npm test does it)');
  const dataDir = mkdtempSync(join(tmpdir(), 'hoicho-web-test-'));
  const api = spawn(process.execPath, [main], {
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
      // Every test signs up and signs in from 127.0.0.1; the limits are tested elsewhere.
      RATE_LIMIT_LOGIN_PER_MINUTE: '100000',
      RATE_LIMIT_SIGNUP_PER_HOUR: '100000',
      RATE_LIMIT_RESET_PER_HOUR: '100000',
      RATE_LIMIT_PUBLIC_PER_MINUTE: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await listeningUrl(api);
  process.env.WEB_BASE_URL = url;
  return async () => {
    await stop(api);
    rmSync(dataDir, { recursive: true, force: true });
  };
}

function listeningUrl(api: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Web app\s+(http:\/\/\S+?)\/?\s/.exec(output);
      if (match) resolve(match[1]);
    };
    api.stdout!.on('data', onData);
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
