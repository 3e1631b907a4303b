import request from 'supertest';
import { Role } from '@hoicho/platform';
import { bearer, createTestApp, createUser, SignedIn, TestApp } from '../../support/test-app';
import { createProducerMember, outboxSettled } from '../applications/support/applications';
import { AllocatingFair, allocatingFair, as, runAllocation } from './support/allocation';

type Method = 'get' | 'post' | 'put' | 'delete';
type Route = [Method, string, object?];

/** Fingerprint of the tables this area writes, to prove a refusal wrote nothing. */
async function snapshot(t: TestApp): Promise<string> {
  const parts: string[] = [];
  for (const table of [
    'allocation_runs',
    'allocation_states',
    'booth_assignments',
    'allocation_pins',
    'waitlist_offers',
    'applications',
    'outbox_messages',
  ]) {
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM ${table} x`,
    );
    parts.push(`${table}:${row.n}:${row.h}`);
  }
  return parts.join(' ');
}

const SPECS = [
  { name: 'HTX Mây tre đan Phú Vinh', size: 1, zones: ['may-tre-dan'], priority: 5 },
  { name: 'Cơ sở Gốm Bát Tràng Minh Hải', size: 1, zones: ['gom-su'], priority: 4 },
];

describe('object-level access on every allocation route', () => {
  let t: TestApp;
  let fairX: AllocatingFair;
  let fairY: AllocatingFair;
  let runX: string;
  let gateX: SignedIn;
  let admin: SignedIn;
  let producer: SignedIn;

  const routes = (fairId: string, runId: string, appIds: string[]): Route[] => [
    ['post', `/api/v1/fairs/${fairId}/allocation/runs`, {}],
    ['get', `/api/v1/fairs/${fairId}/allocation/runs`],
    ['get', `/api/v1/fairs/${fairId}/allocation/runs/${runId}`],
    ['get', `/api/v1/fairs/${fairId}/allocation/runs/${runId}/draft`],
    [
      'post',
      `/api/v1/fairs/${fairId}/allocation/runs/${runId}/draft/moves`,
      { applicationId: appIds[0], booths: [] },
    ],
    [
      'post',
      `/api/v1/fairs/${fairId}/allocation/runs/${runId}/draft/swaps`,
      { applicationIds: appIds },
    ],
    ['post', `/api/v1/fairs/${fairId}/allocation/runs/${runId}/publish`],
    ['get', `/api/v1/fairs/${fairId}/allocation/assignments`],
    ['get', `/api/v1/fairs/${fairId}/allocation/plan.svg`],
    ['get', `/api/v1/fairs/${fairId}/allocation/pins`],
    ['put', `/api/v1/fairs/${fairId}/allocation/pins/${appIds[0]}`, { booths: ['A-04'] }],
    ['delete', `/api/v1/fairs/${fairId}/allocation/pins/${appIds[0]}`],
    ['get', `/api/v1/fairs/${fairId}/waitlist`],
    ['post', `/api/v1/fairs/${fairId}/waitlist/offers`, {}],
  ];
  const send = (who: SignedIn, [method, path, body]: Route) => {
    const call = request(t.http)[method](path).set(bearer(who.token));
    return method === 'get' || method === 'delete' ? call : call.send(body ?? {});
  };
  const idsOf = (fair: AllocatingFair) => [...fair.applicants.values()].map((a) => a.applicationId);

  beforeAll(async () => {
    t = await createTestApp();
    fairX = await allocatingFair(t, SPECS);
    fairY = await allocatingFair(t, SPECS);
    runX = (await runAllocation(t, fairX.organiser, fairX.id)).id;
    gateX = await createUser(t, Role.GateStaff, { organisingBodyId: fairX.bodyId });
    admin = await createUser(t, Role.Admin);
    producer = await createProducerMember(t, 'Cơ sở ngoài cuộc');
    await outboxSettled(t);
  });
  afterAll(() => t.close());

  it('answers another body’s organiser 404 on every route, and writes nothing', async () => {
    const before = await snapshot(t);
    for (const route of routes(fairX.id, runX, idsOf(fairX))) {
      const res = await send(fairY.organiser, route);
      expect({ route: `${route[0]} ${route[1]}`, status: res.status }).toEqual({
        route: `${route[0]} ${route[1]}`,
        status: 404,
      });
      expect(res.body.code).toBe('not_found');
    }
    // A run of fair X asked for under fair Y, by fair Y's own organiser.
    for (const route of routes(fairY.id, runX, idsOf(fairY)).filter(([, path]) =>
      path.includes(runX),
    )) {
      const res = await send(fairY.organiser, route);
      expect({ route: route[1], status: res.status }).toEqual({ route: route[1], status: 404 });
    }
    expect(await snapshot(t)).toBe(before);
  });

  it('refuses producers everywhere and gate staff except the read-only plan and list', async () => {
    const before = await snapshot(t);
    for (const route of routes(fairX.id, runX, idsOf(fairX))) {
      expect((await send(producer, route)).status).toBe(403);
      const gate = await send(gateX, route);
      const readable = /\/(assignments|plan\.svg)$/.test(route[1]);
      expect({ route: route[1], status: gate.status }).toEqual({
        route: route[1],
        status: readable ? 200 : 403,
      });
    }
    expect(await snapshot(t)).toBe(before);
  });

  it('lets admins in, like the fair’s own organisers', async () => {
    await as(t, admin).get(`/api/v1/fairs/${fairX.id}/allocation/runs/${runX}/draft`).expect(200);
    await as(t, fairX.organiser).get(`/api/v1/fairs/${fairX.id}/allocation/runs`).expect(200);
  });
});
