import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAlive } from '@hoicho/platform/embedded/stale-process';
import { BuiltApi, startBuiltApi } from '../../support/built-api';
import { waitUntil } from '../notifications/support/notifications';

const pidIn = (file: string) => Number(readFileSync(file, 'utf8').split('\n')[0]);

/**
 * The built api (`npm start`, everything embedded) is sent SIGTERM after its Redis died: it
 * must still exit by itself, and stop the PostgreSQL it started. Needs `npm run build` first.
 */
describe('shutdown with Redis gone', () => {
  let api: BuiltApi;

  beforeAll(async () => (api = await startBuiltApi()));
  afterAll(() => api.stop());

  it('exits on SIGTERM and stops the embedded PostgreSQL', async () => {
    const redisPid = pidIn(join(api.dataDir, 'redis', 'redis.pid'));
    const postgresPid = pidIn(join(api.dataDir, 'postgres', 'postmaster.pid'));
    expect(isAlive(postgresPid)).toBe(true);

    process.kill(redisPid, 'SIGKILL');
    const health = await waitUntil('the api to see Redis gone', async () => {
      const response = await fetch(`${api.url}/health`);
      const body = (await response.json()) as { checks: Record<string, { status: string }> };
      return response.status === 503 && body.checks.redis.status === 'down' && body;
    });
    expect(health.checks.postgres.status).toBe('up');

    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      api.process.once('exit', (code, signal) => resolve({ code, signal })),
    );
    api.process.kill('SIGTERM');
    // No deadline here but the test's: an api that hung would time the test out.
    const { code, signal } = await exited;
    expect(signal).toBeNull();
    expect(typeof code).toBe('number');
    expect(api.output()).toContain('SIGTERM: draining HTTP');
    expect(isAlive(postgresPid)).toBe(false);
  });
});
