import request from 'supertest';
import { bearer, TestApp } from '../../../support/test-app';

/** A sound fair: three days in October, applications from August to mid-September. */
export const fairBody = (overrides: Record<string, unknown> = {}) => ({
  nameVi: 'Hội chợ làng nghề Hà Nội 2026',
  nameEn: 'Hanoi Craft Village Fair 2026',
  venueName: 'Cung Văn hóa Hữu nghị Việt Xô',
  venueAddress: '91 Trần Hưng Đạo, phường Cửa Nam, Hà Nội',
  days: [
    { date: '2026-10-10', opens: '08:00', closes: '21:00' },
    { date: '2026-10-11', opens: '08:00', closes: '21:00' },
    { date: '2026-10-12', opens: '08:00', closes: '17:00' },
  ],
  applicationsOpenAt: '2026-08-01T08:00',
  applicationsCloseAt: '2026-09-15T17:00',
  withdrawalDeadline: '2026-09-20T17:00',
  ...overrides,
});

export const ZONES = [
  { code: 'may-tre-dan', nameVi: 'Mây tre đan', nameEn: 'Rattan and bamboo', hall: 'Nhà A' },
  { code: 'gom-su', nameVi: 'Gốm sứ', nameEn: 'Ceramics', hall: 'Nhà A', colour: '#f4c7a1' },
  { code: 'lua', nameVi: 'Lụa Vạn Phúc', nameEn: 'Silk', hall: 'Nhà B' },
  { code: 'son-mai', nameVi: 'Sơn mài & khảm trai', nameEn: 'Lacquer and inlay', hall: 'Nhà B' },
];

export const STANDARD_TYPE = {
  code: 'tieu-chuan',
  nameVi: 'Gian tiêu chuẩn 3×3',
  nameEn: 'Standard booth 3×3',
  widthM: 3,
  depthM: 3,
  price: '12000000',
};

/** Requests signed in as one user. */
export const as = (t: TestApp, token: string) => ({
  get: (path: string) => request(t.http).get(path).set(bearer(token)),
  post: (path: string, body?: object) => request(t.http).post(path).set(bearer(token)).send(body),
  patch: (path: string, body: object) => request(t.http).patch(path).set(bearer(token)).send(body),
  delete: (path: string) => request(t.http).delete(path).set(bearer(token)),
});

export async function createFair(t: TestApp, token: string, bodyId: string, overrides = {}) {
  const response = await request(t.http)
    .post(`/api/v1/organising-bodies/${bodyId}/fairs`)
    .set(bearer(token))
    .send(fairBody(overrides))
    .expect(201);
  return response.body as { id: string; status: string; [key: string]: unknown };
}

/** A fair with the four zones and the standard booth type, still a draft. */
export async function createFairWithReference(t: TestApp, token: string, bodyId: string) {
  const fair = await createFair(t, token, bodyId);
  const zones: { id: string; code: string }[] = [];
  for (const zone of ZONES) {
    const created = await request(t.http)
      .post(`/api/v1/fairs/${fair.id}/zones`)
      .set(bearer(token))
      .send(zone)
      .expect(201);
    zones.push(created.body);
  }
  const type = await request(t.http)
    .post(`/api/v1/fairs/${fair.id}/booth-types`)
    .set(bearer(token))
    .send(STANDARD_TYPE)
    .expect(201);
  return { fair, zones, type: type.body as { id: string; code: string } };
}

export async function boothCount(t: TestApp, fairId: string): Promise<number> {
  const [{ n }] = await t.dataSource.query(
    'SELECT count(*)::int AS n FROM booths WHERE fair_id = $1',
    [fairId],
  );
  return n;
}

/**
 * A strict enough XML well-formedness check for the SVG export: one root, every tag closed in
 * order, attributes quoted, no bare & or < in text.
 */
export function assertWellFormedXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let roots = 0;
  let match: RegExpExecArray | null;
  let position = 0;
  while (position < body.length && (match = token.exec(body))) {
    position = token.lastIndex;
    const [, closing, name, , selfClosing, text] = match;
    if (text !== undefined) {
      if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(text)) {
        throw new Error(`bare & in text near "${text.slice(0, 40)}"`);
      }
      if (stack.length === 0 && text.trim() !== '') throw new Error('text outside the root');
      continue;
    }
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}>`);
    } else {
      if (stack.length === 0) roots++;
      if (!selfClosing) stack.push(name);
    }
  }
  if (position !== body.length)
    throw new Error(`not XML at "${body.slice(position, position + 40)}"`);
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
}
