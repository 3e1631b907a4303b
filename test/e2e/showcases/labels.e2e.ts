import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { labelQrPng } from '@hoicho/showcases';
import { createTestApp, TestApp } from '../../support/test-app';
import { assertWellFormedXml } from '../fairs/support/fairs';
import { tempStorageDir } from '../exhibitors/support/exhibitors';
import { buildCatalogueWorld, CatalogueWorld, placeBooths } from './support/catalogue-world';
import { as, asText, fieldsOf } from './support/showcases';

/** Rasterises the QR path drawn into one label of an SVG sheet and decodes it. */
function decodeLabelQr(svg: string, code: string): string | undefined {
  const group = new RegExp(`data-label-code="${code}">(.*?)</g>`).exec(svg)?.[1] ?? '';
  const viewBox = /<svg [^>]*viewBox="(-?\d+) (-?\d+) (\d+) \d+"/.exec(group);
  const path = /<path fill="#000" d="([^"]*)"/.exec(group)?.[1];
  if (!viewBox || !path) return undefined;
  const [offset, box] = [-Number(viewBox[1]), Number(viewBox[3])];
  const scale = 4;
  const width = box * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    for (let col = Number(x); col < Number(x) + Number(run); col++) {
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const px = (col + offset) * scale + dx;
          const py = (Number(y) + offset) * scale + dy;
          pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
        }
      }
    }
  }
  return jsQR(pixels, width, width)?.data;
}

async function decodePng(buffer: Buffer): Promise<string | undefined> {
  const image = PNG.sync.read(buffer);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

describe('sample labels: A4 SVG sheets whose QR opens the product’s public page', () => {
  let t: TestApp;
  let w: CatalogueWorld;
  const base = () => `/api/v1/fairs/${w.fair.fairId}/showcases/${w.showcaseId}`;

  beforeAll(async () => {
    t = await createTestApp({ STORAGE_DIR: tempStorageDir() });
    w = await buildCatalogueWorld(t);
  });
  afterAll(() => t.close());

  it('prints each accepted sample with names, producer, village, code and a QR to its page', async () => {
    const response = await as(t, w.fair.organiser.token)
      .get(`${base()}/labels.svg`)
      .buffer(true)
      .parse(asText)
      .expect(200);
    expect(response.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(response.headers['x-label-pages']).toBe('1');
    const svg = response.body as string;
    assertWellFormedXml(svg);
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="210mm" height="297mm"/,
    );
    for (const text of [
      'Bình gốm men lam',
      'Blue-glaze vase',
      'Xưởng gốm Minh Long',
      'Làng nghề Bát Tràng',
      `>${w.sample.labelCode}<`,
    ]) {
      expect(svg).toContain(text);
    }
    const expected = `https://hoicho.test/catalogue/fairs/${w.fair.fairId}/products/${w.products.binh}?sample=${w.sample.labelCode}`;
    expect(decodeLabelQr(svg, w.sample.labelCode)).toBe(expected);
    // The same URL as a PNG symbol decodes the same, and the URL is a page this app serves.
    expect(await decodePng(await labelQrPng(expected))).toBe(expected);
    const page = await as(t)
      .get(new URL(expected).pathname + new URL(expected).search)
      .expect(200);
    expect(page.text).toContain('Bình gốm men lam');
    expect(page.text).toContain(`name="sampleCode" value="${w.sample.labelCode}"`);

    const one = await as(t, w.fair.organiser.token)
      .get(`${base()}/samples/${w.sample.id}/label.svg`)
      .buffer(true)
      .parse(asText)
      .expect(200);
    expect(decodeLabelQr(one.body, w.sample.labelCode)).toBe(expected);
    // The symbol keeps the standard 4-module quiet zone inside its white square.
    expect(one.body).toMatch(
      /viewBox="-4 -4 (\d+) \1" shape-rendering="crispEdges"><rect x="-4" y="-4"/,
    );
    expect(one.body).not.toContain('Booth');
  });

  it('names the producer’s booths once they are placed', async () => {
    await placeBooths(t, w, w.producers.gom.id, ['B-07', 'B-08']);
    const sheet = await as(t, w.fair.organiser.token)
      .get(`${base()}/labels.svg`)
      .buffer(true)
      .parse(asText)
      .expect(200);
    expect(sheet.body).toContain('>Gian · Booth B-07, B-08<');
  });

  it('refuses pages past the last, other bodies and producers', async () => {
    const past = await as(t, w.fair.organiser.token).get(`${base()}/labels.svg?page=2`).expect(400);
    expect(fieldsOf(past)).toEqual(['page']);
    await as(t, w.producers.gom.member.token).get(`${base()}/labels.svg`).expect(403);
    await as(t).get(`${base()}/labels.svg`).expect(401);
    const empty = await as(t, w.fair.organiser.token)
      .post(`/api/v1/fairs/${w.fair.fairId}/showcases`, {
        titleVi: 'Khu trống',
        startsOn: '2026-10-10',
        endsOn: '2026-10-10',
      })
      .expect(201);
    const none = await as(t, w.fair.organiser.token)
      .get(`/api/v1/fairs/${w.fair.fairId}/showcases/${empty.body.id}/labels.svg`)
      .expect(404);
    expect(none.body.code).toBe('no_samples');
  });
});
