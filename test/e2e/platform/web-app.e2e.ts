import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createTestApp, TestApp } from '../../support/test-app';

const MANIFEST = {
  'index.html': { file: 'assets/index-abc123.js', isEntry: true, css: ['assets/index-1.css'] },
  'src/producer/ProducerArea.tsx': {
    file: 'assets/ProducerArea-p1.js',
    imports: ['index.html', '_Card-c1.js'],
  },
  '_Card-c1.js': { file: 'assets/Card-c1.js', imports: ['index.html'] },
  'src/producer/applications/ApplicationPage.tsx': {
    file: 'assets/ApplicationPage-a1.js',
    imports: ['index.html', '_Card-c1.js', '_Timeline-t1.js'],
    dynamicImports: ['src/producer/applications/ApplicationDetails.tsx'],
  },
  '_Timeline-t1.js': { file: 'assets/Timeline-t1.js', css: ['assets/Timeline-t1.css'] },
  'src/producer/applications/ApplicationDetails.tsx': { file: 'assets/ApplicationDetails-d1.js' },
};

/** The Link header's entries as `url rel[ as]`, in order. */
const links = (header: string | undefined) =>
  (header ?? '')
    .split(', ')
    .filter(Boolean)
    .map((link) => {
      const [url, ...params] = link.split('; ');
      const rel = params.find((p) => p.startsWith('rel='))!.slice(4);
      const as = params.find((p) => p.startsWith('as='))?.slice(3);
      const cors = params.includes('crossorigin') ? ' cors' : '';
      return `${url.slice(1, -1)} ${rel}${as ? ` ${as}` : ''}${cors}`;
    });

describe('the web app served by the api', () => {
  let t: TestApp;
  let webDir: string;
  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'hoicho-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(
      join(webDir, 'index.html'),
      '<!doctype html><title>Hội Chợ</title><div id="root">',
    );
    writeFileSync(join(webDir, 'assets/index-abc123.js'), 'console.log(1);\n'.repeat(500));
    writeFileSync(join(webDir, 'favicon.svg'), '<svg/>');
    // The build's manifest, as Vite writes it: the entry, the producer's area and a screen.
    mkdirSync(join(webDir, '.vite'));
    writeFileSync(join(webDir, '.vite/manifest.json'), JSON.stringify(MANIFEST));
    t = await createTestApp({ WEB_DIR: webDir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it.each([
    '/',
    '/signin',
    '/producer/applications/7f0c',
    '/organiser/fairs',
    '/gate',
    '/account/verify-email?token=x',
    // links in mails sent before the web app existed
    '/applications/7f0c',
    '/waitlist-offers/7f0c',
  ])('opens %s as the app’s page, never cached stale', async (path) => {
    const answer = await request(t.http).get(path).expect(200);
    expect(answer.headers['content-type']).toMatch(/^text\/html/);
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(answer.text).toContain('<div id="root">');
  });

  describe('the screen’s first requests, named in the page’s Link header', () => {
    const id = '8d826e3e-d900-4b98-a57b-89ec02c217fa';

    it.each([`/producer/applications/${id}`, `/applications/${id}`])(
      'an application’s page (%s): the session, the application, its timeline and offers, and its code',
      async (path) => {
        const answer = await request(t.http).get(path).expect(200);
        expect(links(answer.headers.link)).toEqual([
          '/assets/index-abc123.js modulepreload',
          '/assets/index-1.css preload style cors',
          '/api/v1/auth/browser-session preload fetch cors',
          `/api/v1/applications/${id} preload fetch cors`,
          `/api/v1/applications/${id}/timeline preload fetch cors`,
          '/api/v1/waitlist-offers preload fetch cors',
          '/assets/ProducerArea-p1.js modulepreload',
          '/assets/Card-c1.js modulepreload',
          '/assets/ApplicationPage-a1.js modulepreload',
          '/assets/Timeline-t1.js modulepreload',
          '/assets/Timeline-t1.css preload style cors',
        ]);
      },
    );

    it('the fair list: the session, the open calls and the area’s code', async () => {
      const answer = await request(t.http).get('/producer/fairs').expect(200);
      expect(links(answer.headers.link)).toEqual([
        '/assets/index-abc123.js modulepreload',
        '/assets/index-1.css preload style cors',
        '/api/v1/auth/browser-session preload fetch cors',
        '/api/v1/public/fairs preload fetch cors',
        '/assets/ProducerArea-p1.js modulepreload',
        '/assets/Card-c1.js modulepreload',
      ]);
    });

    it('names no data for an id that is not one (it goes into a header)', async () => {
      const answer = await request(t.http).get('/producer/applications/a%3E%2C%20x').expect(200);
      expect(links(answer.headers.link)).toEqual([
        '/assets/index-abc123.js modulepreload',
        '/assets/index-1.css preload style cors',
        '/api/v1/auth/browser-session preload fetch cors',
        '/assets/ProducerArea-p1.js modulepreload',
        '/assets/Card-c1.js modulepreload',
      ]);
    });

    it('keeps the manifest itself private', async () => {
      await request(t.http).get('/.vite/manifest.json').expect(404);
    });
  });

  it('serves hashed assets for a year and other files revalidated', async () => {
    const asset = await request(t.http).get('/assets/index-abc123.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await request(t.http).get('/favicon.svg').expect(200);
    expect(icon.headers['cache-control']).toBe('public, max-age=0');
  });

  it('compresses the app’s files but leaves JSON answers to a proxy', async () => {
    const asset = await request(t.http)
      .get('/assets/index-abc123.js')
      .set('Accept-Encoding', 'gzip')
      .expect(200);
    expect(asset.headers['content-encoding']).toBe('gzip');
    const json = await request(t.http)
      .get('/api/v1/public/fairs')
      .set('Accept-Encoding', 'gzip')
      .expect(200);
    expect(json.headers['content-encoding']).toBeUndefined();
  });

  describe('the inquiry list link of mails sent before the web app existed', () => {
    const old = '/api/v1/producers/0b6e3c1e-5a7d-4c2f-9e1b-8d4f6a2c3b10/inquiries';
    const chrome =
      'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

    it('sends a browser to the inbox screen (which signs in first)', async () => {
      const answer = await request(t.http).get(old).set('Accept', chrome).expect(302);
      expect(answer.headers.location).toBe('/producer/inquiries');
      const slash = await request(t.http).get(`${old}/`).set('Accept', 'text/html').expect(302);
      expect(slash.headers.location).toBe('/producer/inquiries');
    });

    it('keeps the API answer for API clients and for other paths', async () => {
      for (const accept of ['application/json', '*/*']) {
        const answer = await request(t.http).get(old).set('Accept', accept).expect(401);
        expect(answer.body.code).toBeDefined();
      }
      await request(t.http).get(`${old}/counts`).set('Accept', chrome).expect(401);
      await request(t.http)
        .get('/api/v1/producers/not-a-uuid/inquiries')
        .set('Accept', chrome)
        .expect(401);
    });
  });

  it('leaves every other path to the API: a JSON 404', async () => {
    for (const path of ['/api/v1/nothing', '/nothing', '/assets/missing.js']) {
      const answer = await request(t.http).get(path).expect(404);
      expect(answer.body.code).toBe('route_not_found');
    }
  });
});

describe('the web app before it is built', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ WEB_DIR: join(tmpdir(), 'hoicho-missing') })));
  afterAll(() => t.close());

  it('says how to build it instead of failing obscurely', async () => {
    const answer = await request(t.http).get('/producer').expect(503);
    expect(answer.text).toContain('npm run build');
  });
});
