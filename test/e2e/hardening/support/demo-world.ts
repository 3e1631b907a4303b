import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DemoSeeder } from '../../../../apps/api/src/demo/demo.seeder';
import { DEMO_LOGINS } from '../../../../apps/api/src/demo/demo-accounts';
import { bearer, TestApp } from '../../../support/test-app';

export interface Session {
  role: string;
  token?: string;
}

export interface DemoWorld {
  /** Anonymous first, then admin, organiser, producer member and gate staff. */
  sessions: Session[];
  /** A real id (or code) for each path parameter the demo has a row for. */
  params: Record<string, string>;
  /** Parameters filled with a random id because the demo has no such row. */
  invented: Set<string>;
  fill(path: string): string;
}

/**
 * The demo data `npm start` seeds (a body, its staff, producers with catalogues, a fair with
 * its plan, support programmes and applications), plus a visitor, a campaign and a showcase,
 * so that routes taking an id reach their real rows.
 */
export async function demoWorld(t: TestApp): Promise<DemoWorld> {
  await t.app.get(DemoSeeder).seed();
  const sessions: Session[] = [{ role: 'anonymous' }];
  for (const login of DEMO_LOGINS) {
    const response = await request(t.http)
      .post('/api/v1/auth/login')
      .send({ email: login.email, password: login.password })
      .expect(200);
    sessions.push({ role: login.role, token: response.body.token });
  }
  const one = async (sql: string, values: unknown[] = []): Promise<string> => {
    const [row] = await t.dataSource.query(sql, values);
    if (!row) throw new Error(`demo data has no row for: ${sql}`);
    return String(row.id);
  };
  const producerEmail = DEMO_LOGINS.find((l) => l.role === 'producer')!.email;
  const organiserEmail = DEMO_LOGINS.find((l) => l.role === 'organiser')!.email;
  const producerId = await one('SELECT producer_id AS id FROM users WHERE email = $1', [
    producerEmail,
  ]);
  const bodyId = await one('SELECT organising_body_id AS id FROM users WHERE email = $1', [
    organiserEmail,
  ]);
  const fairId = await one('SELECT id FROM fairs WHERE organising_body_id = $1 LIMIT 1', [bodyId]);
  const params: Record<string, string> = {
    bodyId,
    producerId,
    fairId,
    productId: await one('SELECT id FROM products WHERE producer_id = $1 LIMIT 1', [producerId]),
    provinceCode: await one('SELECT code AS id FROM provinces ORDER BY code LIMIT 1'),
    communeCode: await one('SELECT code AS id FROM communes ORDER BY code LIMIT 1'),
    craftCode: await one('SELECT code AS id FROM craft_categories ORDER BY code LIMIT 1'),
    villageId: await one('SELECT id FROM craft_villages ORDER BY name LIMIT 1'),
    zoneId: await one('SELECT id FROM zones WHERE fair_id = $1 LIMIT 1', [fairId]),
    boothTypeId: await one('SELECT id FROM booth_types WHERE fair_id = $1 LIMIT 1', [fairId]),
    boothId: await one('SELECT id FROM booths WHERE fair_id = $1 LIMIT 1', [fairId]),
    programmeId: await one('SELECT id FROM support_programmes WHERE fair_id = $1 LIMIT 1', [
      fairId,
    ]),
    applicationId: await one(
      `SELECT id FROM applications WHERE fair_id = $1 AND producer_id = $2
        ORDER BY (status = 'draft') DESC LIMIT 1`,
      [fairId, producerId],
    ),
  };
  const organiser = sessions.find((s) => s.role === 'organiser')!.token!;
  const post = async (path: string, body: object): Promise<string> => {
    const response = await request(t.http).post(path).set(bearer(organiser)).send(body);
    if (response.status !== 201) throw new Error(`${path}: ${JSON.stringify(response.body)}`);
    return response.body.id;
  };
  params.visitorId = await post(`/api/v1/organising-bodies/${bodyId}/visitors`, {
    name: 'Nguyễn Văn An',
    email: 'an.nguyen@example.vn',
  });
  params.campaignId = await post(`/api/v1/organising-bodies/${bodyId}/campaigns`, {
    fairId,
    name: 'Khách mua quốc tế',
    audience: { visitorIds: [params.visitorId] },
  });
  const [days] = await t.dataSource.query(
    `SELECT min(day)::text AS first, max(day)::text AS last FROM fair_days WHERE fair_id = $1`,
    [fairId],
  );
  params.showcaseId = await post(`/api/v1/fairs/${fairId}/showcases`, {
    titleVi: 'Tinh hoa mây tre đan',
    startsOn: days.first,
    endsOn: days.last,
  });
  const invented = new Set<string>();
  const fill = (path: string) =>
    path.replace(/\{(\w+)\}/g, (_match, name: string) => {
      if (!params[name]) {
        params[name] = randomUUID();
        invented.add(name);
      }
      return params[name];
    });
  return { sessions, params, invented, fill };
}
