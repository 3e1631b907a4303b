import request from 'supertest';
import { Role } from '@hoicho/platform';
import {
  bearer,
  createBody,
  createProducer,
  createTestApp,
  createUser,
  SignedIn,
  TestApp,
} from '../../support/test-app';
import { createFairWithReference, fairBody } from './support/fairs';

type Method = 'get' | 'post' | 'patch' | 'delete';
type Route = [Method, string, object?];

interface Fixture {
  fairId: string;
  zoneId: string;
  spareZoneId: string;
  typeId: string;
  spareTypeId: string;
  boothId: string;
  programmeId: string;
}

describe('object-level access on every fairs route', () => {
  let t: TestApp;
  let bodyX: string;
  let organiserX: SignedIn;
  let organiserY: SignedIn;
  let gateX: SignedIn;
  let producer: SignedIn;
  let admin: SignedIn;
  let x: Fixture;
  let y: Fixture;

  async function fixture(organiser: SignedIn, bodyId: string): Promise<Fixture> {
    const { fair, zones, type } = await createFairWithReference(t, organiser.token, bodyId);
    const as = (path: string, body: object) =>
      request(t.http).post(path).set(bearer(organiser.token)).send(body);
    const spareType = await as(`/api/v1/fairs/${fair.id}/booth-types`, {
      code: 'goc',
      nameVi: 'Gian góc',
      widthM: 3,
      depthM: 3,
      price: '15000000',
    }).expect(201);
    await as(`/api/v1/fairs/${fair.id}/plan/grid`, {
      zone: zones[0].code,
      type: type.code,
      prefix: 'A-',
      rows: 1,
      columns: 2,
      origin: { x: 0, y: 0 },
    }).expect(201);
    const programme = await as(`/api/v1/fairs/${fair.id}/support-programmes`, {
      nameVi: 'Hỗ trợ 50%',
      ratePercent: 50,
      totalBudget: '100000000',
    }).expect(201);
    const plan = await request(t.http)
      .get(`/api/v1/fairs/${fair.id}/plan`)
      .set(bearer(organiser.token));
    return {
      fairId: fair.id,
      zoneId: zones[0].id,
      spareZoneId: zones[3].id,
      typeId: type.id,
      spareTypeId: spareType.body.id,
      boothId: plan.body.booths[0].id,
      programmeId: programme.body.id,
    };
  }

  beforeAll(async () => {
    t = await createTestApp();
    const producerId = await createProducer(t);
    let bodyY: string;
    [bodyX, bodyY] = await Promise.all([createBody(t), createBody(t)]);
    organiserX = await createUser(t, Role.Organiser, { organisingBodyId: bodyX });
    organiserY = await createUser(t, Role.Organiser, { organisingBodyId: bodyY });
    gateX = await createUser(t, Role.GateStaff, { organisingBodyId: bodyX });
    producer = await createUser(t, Role.Producer, { producerId });
    admin = await createUser(t, Role.Admin);
    x = await fixture(organiserX, bodyX);
    y = await fixture(organiserY, bodyY);
  });
  afterAll(() => t.close());

  /** Every route with a body that passes validation, so only access can refuse it. */
  const routes = (f: Fixture, bodyId: string): Route[] => {
    const fair = `/api/v1/fairs/${f.fairId}`;
    return [
      ['post', `/api/v1/organising-bodies/${bodyId}/fairs`, fairBody()],
      ['get', `/api/v1/organising-bodies/${bodyId}/fairs`],
      ['get', fair],
      ['patch', fair, { nameVi: 'Chiếm quyền' }],
      ['post', `${fair}/status`, { to: 'cancelled' }],
      ['get', `${fair}/status-changes`],
      ['post', `${fair}/zones`, { code: 'moi', nameVi: 'Khu mới' }],
      ['get', `${fair}/zones`],
      ['get', `${fair}/zones/${f.zoneId}`],
      ['patch', `${fair}/zones/${f.zoneId}`, { nameVi: 'Chiếm quyền' }],
      ['delete', `${fair}/zones/${f.spareZoneId}`],
      [
        'post',
        `${fair}/booth-types`,
        { code: 'moi', nameVi: 'Mới', widthM: 2, depthM: 2, price: '1' },
      ],
      ['get', `${fair}/booth-types`],
      ['get', `${fair}/booth-types/${f.typeId}`],
      ['patch', `${fair}/booth-types/${f.typeId}`, { price: '1' }],
      ['delete', `${fair}/booth-types/${f.spareTypeId}`],
      ['get', `${fair}/booths/${f.boothId}`],
      ['patch', `${fair}/booths/${f.boothId}`, { blocked: true }],
      ['delete', `${fair}/booths/${f.boothId}`],
      ['get', `${fair}/plan`],
      ['get', `${fair}/plan.svg`],
      [
        'post',
        `${fair}/plan/grid`,
        {
          zone: 'lua',
          type: 'tieu-chuan',
          prefix: 'Z-',
          rows: 1,
          columns: 1,
          origin: { x: 90, y: 90 },
        },
      ],
      ['post', `${fair}/plan/import`, { booths: [] }],
      ['delete', `${fair}/plan/booths`],
      [
        'post',
        `${fair}/support-programmes`,
        { nameVi: 'Chiếm', ratePercent: 100, totalBudget: '1' },
      ],
      ['get', `${fair}/support-programmes`],
      ['get', `${fair}/support-programmes/${f.programmeId}`],
      ['patch', `${fair}/support-programmes/${f.programmeId}`, { ratePercent: 100 }],
      ['delete', `${fair}/support-programmes/${f.programmeId}`],
    ];
  };

  function call([method, path, body]: Route, token?: string) {
    const req = request(t.http)[method](path);
    if (token) req.set(bearer(token));
    return body ? req.send(body) : req;
  }

  async function snapshot(fairId: string) {
    const [row] = await t.dataSource.query(
      `SELECT f.status, f.name_vi,
              (SELECT count(*) FROM fairs)::int AS fairs,
              (SELECT string_agg(code || ':' || name_vi, ',' ORDER BY code) FROM zones WHERE fair_id = f.id) AS zones,
              (SELECT string_agg(code || ':' || price, ',' ORDER BY code) FROM booth_types WHERE fair_id = f.id) AS types,
              (SELECT string_agg(code || ':' || blocked, ',' ORDER BY code) FROM booths WHERE fair_id = f.id) AS booths,
              (SELECT string_agg(name_vi || ':' || rate_percent, ',') FROM support_programmes WHERE fair_id = f.id) AS programmes,
              (SELECT count(*) FROM fair_status_changes WHERE fair_id = f.id)::int AS changes
       FROM fairs f WHERE f.id = $1`,
      [fairId],
    );
    return row;
  }

  it('an organiser of another body gets 404 for every route, and changes nothing', async () => {
    const before = await snapshot(x.fairId);
    for (const route of routes(x, bodyX)) {
      const response = await call(route, organiserY.token);
      expect({ route: `${route[0]} ${route[1]}`, status: response.status }).toEqual({
        route: `${route[0]} ${route[1]}`,
        status: 404,
      });
      expect(response.body.code).toBe('not_found');
    }
    expect(await snapshot(x.fairId)).toEqual(before);
  });

  it('ids of another fair’s zones, types, booths and programmes are 404 under one’s own fair', async () => {
    const before = await snapshot(x.fairId);
    const mixed: Fixture = { ...x, fairId: y.fairId };
    const scoped = routes(mixed, 'unused').filter(([, path]) =>
      [x.zoneId, x.spareZoneId, x.typeId, x.spareTypeId, x.boothId, x.programmeId].some((id) =>
        path.endsWith(id),
      ),
    );
    expect(scoped).toHaveLength(12);
    for (const route of scoped) {
      const response = await call(route, organiserY.token);
      expect({ route: route[1], status: response.status }).toEqual({
        route: route[1],
        status: 404,
      });
    }
    expect(await snapshot(x.fairId)).toEqual(before);
  });

  it('a producer gets 403 and an anonymous caller 401 on every route', async () => {
    const before = await snapshot(x.fairId);
    for (const route of routes(x, bodyX)) {
      const forbidden = await call(route, producer.token);
      expect({ route: route[1], status: forbidden.status, code: forbidden.body.code }).toEqual({
        route: route[1],
        status: 403,
        code: 'role_not_allowed',
      });
      const anonymous = await call(route);
      expect({ route: route[1], status: anonymous.status }).toEqual({
        route: route[1],
        status: 401,
      });
    }
    expect(await snapshot(x.fairId)).toEqual(before);
  });

  it('the body’s own organiser and admins read every route; gate staff only read fairs and plans', async () => {
    for (const route of routes(x, bodyX).filter(([method]) => method === 'get')) {
      for (const user of [organiserX, admin]) {
        const response = await call(route, user.token);
        expect({ route: route[1], status: response.status }).toEqual({
          route: route[1],
          status: 200,
        });
      }
    }
    const fair = `/api/v1/fairs/${x.fairId}`;
    for (const path of [
      fair,
      `${fair}/plan`,
      `${fair}/plan.svg`,
      `${fair}/zones`,
      `/api/v1/organising-bodies/${bodyX}/fairs`,
    ]) {
      await request(t.http).get(path).set(bearer(gateX.token)).expect(200);
    }
    await request(t.http).get(`${fair}/support-programmes`).set(bearer(gateX.token)).expect(403);
    await request(t.http).patch(fair).set(bearer(gateX.token)).send({ nameVi: 'x' }).expect(403);
    const adminEdit = await request(t.http)
      .patch(fair)
      .set(bearer(admin.token))
      .send({ venueName: 'Trung tâm Hội chợ Triển lãm Giảng Võ' })
      .expect(200);
    expect(adminEdit.body.venueName).toBe('Trung tâm Hội chợ Triển lãm Giảng Võ');
    await request(t.http)
      .post('/api/v1/organising-bodies/00000000-0000-4000-8000-000000000000/fairs')
      .set(bearer(admin.token))
      .send(fairBody())
      .expect(404);
  });
});
