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
    // Not API: the 404 catch-all, the docs themselves, the web app's pages and the HTML pages
    // behind emailed links.
    const webApp = new Set(WEB_APP_PATHS.map((path) => `GET ${path}`));
    const hidden = routes.filter(
      (route) =>
        route.includes('{*') || webApp.has(route) || /^GET \/docs|^GET \/dev\/mailbox$/.test(route),
    );
    expect(routes.length).toBeGreaterThan(20);
    const missing = routes.filter((route) => !documented.has(route) && !hidden.includes(route));
    expect(missing).toEqual([]);
    expect(docs.components.schemas.ErrorBodyDto).toBeDefined();
  });
});
