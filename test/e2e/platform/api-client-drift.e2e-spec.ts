import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createTestApp, TestApp } from '../../support/test-app';

const ROOT = join(__dirname, '../../..');
const CLIENT = join(ROOT, 'apps/web/src/api/schema.d.ts');

/**
 * The web app's client is generated from the api's OpenAPI document and committed. Like a
 * snapshot: `npm run api:client` runs this file with API_CLIENT_WRITE=1 to regenerate it.
 */
describe('the web app’s typed API client', () => {
  let t: TestApp;
  let work: string;
  beforeAll(async () => {
    t = await createTestApp();
    work = mkdtempSync(join(tmpdir(), 'hoicho-client-'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('matches the api as it is now (run `npm run api:client` after changing a route)', async () => {
    const document = (await request(t.http).get('/docs-json').expect(200)).body;
    writeFileSync(join(work, 'openapi.json'), JSON.stringify(document));
    execFileSync(process.execPath, [
      join(ROOT, 'node_modules/openapi-typescript/bin/cli.js'),
      join(work, 'openapi.json'),
      '--output',
      join(work, 'schema.d.ts'),
    ]);
    const fresh = readFileSync(join(work, 'schema.d.ts'), 'utf8');
    if (process.env.API_CLIENT_WRITE === '1') writeFileSync(CLIENT, fresh);
    expect(fresh === readFileSync(CLIENT, 'utf8')).toBe(true);
  });
});
