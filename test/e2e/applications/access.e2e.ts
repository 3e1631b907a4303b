import request from 'supertest';
import { Role } from '@hoicho/platform';
import {
  bearer,
  createBody,
  createTestApp,
  createUser,
  SignedIn,
  TestApp,
} from '../../support/test-app';
import {
  application,
  applyAndSubmit,
  createOpenFair,
  createProducerMember,
  openFairBody,
  outboxSettled,
} from './support/applications';

type Method = 'get' | 'post' | 'patch' | 'put';
type Route = [Method, string, object?];

/** Fingerprint of the tables this area writes, to prove a refusal wrote nothing. */
async function snapshot(t: TestApp): Promise<string> {
  const parts: string[] = [];
  for (const table of [
    'applications',
    'application_events',
    'application_settings',
    'outbox_messages',
    'support_programmes',
  ]) {
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM ${table} x`,
    );
    parts.push(`${table}:${row.n}:${row.h}`);
  }
  return parts.join(' ');
}

describe('object-level access on every applications route', () => {
  let t: TestApp;
  let organiserX: SignedIn;
  let organiserY: SignedIn;
  let admin: SignedIn;
  let gateX: SignedIn;
  let producerA: SignedIn;
  let producerB: SignedIn;
  let fairX: string;
  let fairY: string;
  let draftFairX: string;
  let appA: string;
  let appY: string;

  const send = (who: SignedIn, [method, path, body]: Route) => {
    const call = request(t.http)[method](path).set(bearer(who.token));
    return method === 'get' ? call : call.send(body ?? {});
  };

  const producerRoutes = (fairId: string, id: string): Route[] => [
    ['get', `/api/v1/applications/${id}`],
    ['patch', `/api/v1/applications/${id}`, { boothsWanted: 2 }],
    ['post', `/api/v1/applications/${id}/submit`],
    ['post', `/api/v1/applications/${id}/withdraw`, { reason: 'Thử' }],
    ['get', `/api/v1/fairs/${fairId}/application-form`],
    ['post', `/api/v1/fairs/${fairId}/applications`, application()],
  ];

  const organiserRoutes = (fairId: string, id: string): Route[] => [
    ['get', `/api/v1/fairs/${fairId}/application-settings`],
    ['patch', `/api/v1/fairs/${fairId}/application-settings`, { depositPercent: 40 }],
    ['get', `/api/v1/fairs/${fairId}/applications`],
    [
      'post',
      `/api/v1/fairs/${fairId}/applications/decisions`,
      { applicationIds: [id], decision: 'approved' },
    ],
    ['post', `/api/v1/fairs/${fairId}/applications/decisions/release`, {}],
    ['get', `/api/v1/fairs/${fairId}/applications/${id}`],
    ['get', `/api/v1/fairs/${fairId}/applications/${id}/events`],
    ['post', `/api/v1/fairs/${fairId}/applications/${id}/decision`, { decision: 'approved' }],
    ['put', `/api/v1/fairs/${fairId}/applications/${id}/priority`, { priority: 5, reason: 'Thử' }],
  ];

  beforeAll(async () => {
    t = await createTestApp();
    const bodyX = await createBody(t);
    const bodyY = await createBody(t);
    organiserX = await createUser(t, Role.Organiser, { organisingBodyId: bodyX });
    organiserY = await createUser(t, Role.Organiser, { organisingBodyId: bodyY });
    gateX = await createUser(t, Role.GateStaff, { organisingBodyId: bodyX });
    admin = await createUser(t, Role.Admin);
    producerA = await createProducerMember(t, 'Cơ sở A');
    producerB = await createProducerMember(t, 'Cơ sở B');
    fairX = (await createOpenFair(t, organiserX, bodyX)).id;
    fairY = (await createOpenFair(t, organiserY, bodyY)).id;
    const draft = await request(t.http)
      .post(`/api/v1/organising-bodies/${bodyX}/fairs`)
      .set(bearer(organiserX.token))
      .send(openFairBody())
      .expect(201);
    draftFairX = draft.body.id;
    appA = await applyAndSubmit(t, producerA, fairX);
    appY = await applyAndSubmit(t, producerB, fairY);
    await outboxSettled(t);
  });
  afterAll(() => t.close());

  it('answers 404 to producer B on every route of producer A’s application, writing nothing', async () => {
    const before = await snapshot(t);
    for (const route of producerRoutes(fairX, appA).slice(0, 4)) {
      const response = await send(producerB, route);
      expect({ route: route.slice(0, 2), status: response.status }).toEqual({
        route: route.slice(0, 2),
        status: 404,
      });
    }
    const own = await send(producerB, ['get', '/api/v1/applications']).expect(200);
    expect(own.body.map((a: { id: string }) => a.id)).toEqual([appY]);
    const filtered = await send(producerB, ['get', `/api/v1/applications?fairId=${fairX}`]).expect(
      200,
    );
    expect(filtered.body).toEqual([]);
    expect(await snapshot(t)).toBe(before);
    await send(producerA, ['get', `/api/v1/applications/${appA}`]).expect(200);
  });

  it('hides a draft fair from producers', async () => {
    for (const route of producerRoutes(draftFairX, appA).slice(4)) {
      expect((await send(producerA, route)).status).toBe(404);
    }
  });

  it('answers 404 to the organiser of body Y on every route of body X’s fair, writing nothing', async () => {
    const before = await snapshot(t);
    for (const route of organiserRoutes(fairX, appA)) {
      const response = await send(organiserY, route);
      expect({ route: route.slice(0, 2), status: response.status }).toEqual({
        route: route.slice(0, 2),
        status: 404,
      });
    }
    // Its own fair id does not open another fair's application either.
    for (const route of organiserRoutes(fairY, appA).slice(5)) {
      const response = await send(organiserY, route);
      expect({ route: route.slice(0, 2), status: response.status }).toEqual({
        route: route.slice(0, 2),
        status: 404,
      });
    }
    const bulk = await send(organiserY, organiserRoutes(fairY, appA)[3]);
    expect(bulk.status).toBe(404);
    expect(await snapshot(t)).toBe(before);
  });

  it('keeps roles apart: producers cannot review, organisers and gate staff cannot apply', async () => {
    const before = await snapshot(t);
    for (const route of organiserRoutes(fairX, appA)) {
      expect((await send(producerA, route)).status).toBe(403);
      expect((await send(gateX, route)).status).toBe(403);
    }
    for (const route of producerRoutes(fairX, appA)) {
      expect((await send(organiserX, route)).status).toBe(403);
    }
    for (const route of [...organiserRoutes(fairX, appA), ...producerRoutes(fairX, appA)]) {
      const [method, path, body] = route;
      const call = request(t.http)[method](path);
      expect((await (method === 'get' ? call : call.send(body ?? {}))).status).toBe(401);
    }
    expect(await snapshot(t)).toBe(before);
  });

  it('lets the fair’s own organiser and an admin in', async () => {
    for (const who of [organiserX, admin]) {
      await send(who, ['get', `/api/v1/fairs/${fairX}/applications/${appA}`]).expect(200);
      await send(who, ['get', `/api/v1/fairs/${fairX}/applications`]).expect(200);
      await send(who, ['get', `/api/v1/fairs/${fairX}/application-settings`]).expect(200);
    }
  });
});
