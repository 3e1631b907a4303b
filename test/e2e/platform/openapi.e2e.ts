import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createTestApp, TestApp } from '../../support/test-app';
import { WEB_APP_PATHS } from '../../../apps/api/src/web/web-app.controller';

describe('OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('covers every route of the app with its answers, including the error shape', async () => {
    const docs = (await request(t.http).get('/docs-json').expect(200)).body;
    const documented = new Set<string>();
    for (const [path, operations] of Object.entries<
      Record<string, { responses: Record<string, unknown> }>
    >(docs.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        documented.add(`${method.toUpperCase()} ${path}`);
        expect({
          route: `${method} ${path}`,
          hasSuccess: Object.keys(operation.responses).some((code) => /^2/.test(code)),
        }).toEqual({
          route: `${method} ${path}`,
          hasSuccess: true,
        });
        expect(operation.responses.default).toBeDefined();
      }
    }
    const router =
      t.app.getHttpAdapter().getInstance()._router ?? t.app.getHttpAdapter().getInstance().router;
    const routes: string[] = router.stack
      .filter((layer: { route?: unknown }) => layer.route)
      .flatMap((layer: { route: { path: string; methods: Record<string, boolean> } }) =>
        Object.keys(layer.route.methods).map(
          (method) => `${method.toUpperCase()} ${layer.route.path.replace(/:(\w+)/g, '{$1}')}`,
        ),
      );
    // Not API: the 404 catch-all, the docs themselves, the web app's pages, the pages'
    // stylesheet and the redirect of unsubscribe links sent before the page existed.
    const webApp = new Set(WEB_APP_PATHS.map((path) => `GET ${path}`));
    const hidden = routes.filter(
      (route) =>
        route.includes('{*') ||
        webApp.has(route) ||
        /^GET \/docs|^GET \/dev\/mailbox$|^GET \/public-assets\/|^GET \/api\/v1\/unsubscribe$/.test(
          route,
        ),
    );
    expect(routes.length).toBeGreaterThan(20);
    const missing = routes.filter((route) => !documented.has(route) && !hidden.includes(route));
    expect(missing).toEqual([]);
    expect(docs.components.schemas.ErrorBodyDto).toBeDefined();
  });

  it('passes Redocly’s recommended rules with no error', async () => {
    const docs = (await request(t.http).get('/docs-json').expect(200)).body;
    const work = mkdtempSync(join(tmpdir(), 'hoicho-openapi-'));
    try {
      writeFileSync(join(work, 'openapi.json'), JSON.stringify(docs));
      const problems: { rule: string; severity: string; message: string; where: string }[] =
        JSON.parse(
          execFileSync(process.execPath, [
            join(__dirname, '../../support/lint-openapi.mjs'),
            join(work, 'openapi.json'),
          ]).toString(),
        );
      expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('gives every property a real type, so the typed client can send and read it', async () => {
    const docs = (await request(t.http).get('/docs-json').expect(200)).body;
    const untyped: string[] = [];
    const check = (schema: Record<string, unknown>, where: string) => {
      if (schema.$ref || schema.allOf || schema.oneOf || schema.anyOf || schema.enum) return;
      if (!schema.type) untyped.push(where);
      if (schema.type === 'object' && !schema.properties && !schema.additionalProperties)
        untyped.push(where);
      if (schema.type === 'array') {
        if (!schema.items) untyped.push(`${where}[]`);
        else check(schema.items as Record<string, unknown>, `${where}[]`);
      }
    };
    for (const [name, schema] of Object.entries<{ properties?: Record<string, never> }>(
      docs.components.schemas,
    )) {
      check(schema, name);
      for (const [property, value] of Object.entries(schema.properties ?? {}))
        check(value, `${name}.${property}`);
    }
    expect(untyped).toEqual([]);
  });

  it('says which routes are public and how a session is sent (an opaque token, not a JWT)', async () => {
    const docs = (await request(t.http).get('/docs-json').expect(200)).body;
    expect(docs.paths['/api/v1/auth/login'].post.security).toEqual([]);
    expect(docs.paths['/health'].get.security).toEqual([]);
    expect(docs.paths['/api/v1/auth/me'].get.security).toEqual([
      { bearer: [] },
      { session_cookie: [] },
    ]);
    expect(docs.paths['/api/v1/auth/me'].get.responses['401']).toBeDefined();
    expect(docs.components.securitySchemes.bearer).toMatchObject({ scheme: 'bearer' });
    expect(docs.components.securitySchemes.bearer.bearerFormat).not.toBe('JWT');
    expect(docs.components.securitySchemes.session_cookie).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: 'hoicho_session',
    });
    const upload = docs.paths['/api/v1/organising-bodies/{bodyId}/visitor-imports'].post;
    expect(upload.requestBody.content['multipart/form-data'].schema).toMatchObject({
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    });
    expect(upload.requestBody.content['text/csv'].schema).toEqual({ type: 'string' });
    const plan = docs.paths['/api/v1/fairs/{fairId}/plan/import'].post;
    expect(plan.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/PlanImportJsonDto',
    });
    expect(JSON.stringify(docs)).not.toContain('x-hoicho-');
  });
});
