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
import { createFairWithReference, fairBody } from './support/fairs';

interface Route {
  method: 'post' | 'patch';
  path: () => string;
  valid: () => Record<string, unknown>;
  /** A text field to send as a number and as 5,000 characters. */
  text: string;
  /** More [path, bad value, field named when not the path] particular to the route. */
  more?: [string, unknown, string?][];
  name: string;
}

describe('bad input on every fairs route: 400 naming the field, never 500, nothing written', () => {
  let t: TestApp;
  let organiser: SignedIn;
  let bodyId: string;
  let fairId: string;
  let zoneId: string;
  let typeId: string;
  let boothId: string;
  let programmeId: string;

  beforeAll(async () => {
    t = await createTestApp();
    bodyId = await createBody(t);
    organiser = await createUser(t, Role.Organiser, { organisingBodyId: bodyId });
    const { fair, zones, type } = await createFairWithReference(t, organiser.token, bodyId);
    [fairId, zoneId, typeId] = [fair.id, zones[0].id, type.id];
    await request(t.http)
      .post(`/api/v1/fairs/${fairId}/plan/grid`)
      .set(bearer(organiser.token))
      .send({
        zone: 'lua',
        type: 'tieu-chuan',
        prefix: 'L-',
        rows: 1,
        columns: 2,
        origin: { x: 0, y: 0 },
      })
      .expect(201);
    const plan = await request(t.http)
      .get(`/api/v1/fairs/${fairId}/plan`)
      .set(bearer(organiser.token));
    boothId = plan.body.booths[0].id;
    const programme = await request(t.http)
      .post(`/api/v1/fairs/${fairId}/support-programmes`)
      .set(bearer(organiser.token))
      .send({ nameVi: 'Hỗ trợ', ratePercent: 50, totalBudget: '1000000' })
      .expect(201);
    programmeId = programme.body.id;
  });
  afterAll(() => t.close());

  const fair = () => `/api/v1/fairs/${fairId}`;
  const routes: Route[] = [
    {
      method: 'post',
      name: '/organising-bodies/:bodyId/fairs',
      path: () => `/api/v1/organising-bodies/${bodyId}/fairs`,
      valid: () => fairBody(),
      text: 'nameVi',
      more: [
        ['days', []],
        ['days', 'mỗi ngày'],
        ['days.0.date', undefined],
        ['applicationsOpenAt', '01/08/2026'],
        ['withdrawalDeadline', '2026-13-01T08:00'],
      ],
    },
    {
      method: 'patch',
      name: '/fairs/:fairId',
      path: fair,
      valid: () => ({ nameVi: 'Hội chợ' }),
      text: 'venueAddress',
      more: [
        ['nameVi', null],
        ['days', [{ date: '2026-10-10', opens: '8h', closes: '17:00' }], 'days.0.opens'],
      ],
    },
    {
      method: 'post',
      name: '/fairs/:fairId/status',
      path: () => `${fair()}/status`,
      valid: () => ({ to: 'cancelled' }),
      text: 'reason',
      more: [['to', 'finished']],
    },
    {
      method: 'post',
      name: '/fairs/:fairId/zones',
      path: () => `${fair()}/zones`,
      valid: () => ({ code: 'moi', nameVi: 'Khu mới' }),
      text: 'nameVi',
      more: [
        ['code', 'Mây tre'],
        ['colour', 'red'],
      ],
    },
    {
      method: 'patch',
      name: '/fairs/:fairId/zones/:zoneId',
      path: () => `${fair()}/zones/${zoneId}`,
      valid: () => ({ nameVi: 'Khu' }),
      text: 'hall',
      more: [['code', null]],
    },
    {
      method: 'post',
      name: '/fairs/:fairId/booth-types',
      path: () => `${fair()}/booth-types`,
      valid: () => ({ code: 'moi', nameVi: 'Mới', widthM: 3, depthM: 3, price: '1000' }),
      text: 'nameVi',
      more: [
        ['price', true],
        ['price', -5],
        ['widthM', '3'],
        ['depthM', 0],
      ],
    },
    {
      method: 'patch',
      name: '/fairs/:fairId/booth-types/:boothTypeId',
      path: () => `${fair()}/booth-types/${typeId}`,
      valid: () => ({ nameVi: 'Mới' }),
      text: 'nameEn',
      more: [['price', '4.500.000']],
    },
    {
      method: 'patch',
      name: '/fairs/:fairId/booths/:boothId',
      path: () => `${fair()}/booths/${boothId}`,
      valid: () => ({ blocked: true }),
      text: 'code',
      more: [
        ['blocked', 'yes'],
        ['neighbours', 'L-02'],
        ['x', -1],
      ],
    },
    {
      method: 'post',
      name: '/fairs/:fairId/plan/grid',
      path: () => `${fair()}/plan/grid`,
      valid: () => ({
        zone: 'lua',
        type: 'tieu-chuan',
        prefix: 'M-',
        rows: 1,
        columns: 1,
        origin: { x: 50, y: 50 },
      }),
      text: 'prefix',
      more: [
        ['rows', '3'],
        ['columns', 0],
        ['origin', { x: 'a', y: 0 }, 'origin.x'],
        ['origin.x', undefined],
      ],
    },
    {
      method: 'post',
      name: '/fairs/:fairId/support-programmes',
      path: () => `${fair()}/support-programmes`,
      valid: () => ({ nameVi: 'Hỗ trợ', ratePercent: 50, totalBudget: '1000000' }),
      text: 'nameVi',
      more: [
        ['ratePercent', 150],
        ['minOcopStars', 6],
        ['allowedLegalForms', 'cooperative'],
      ],
    },
    {
      method: 'patch',
      name: '/fairs/:fairId/support-programmes/:programmeId',
      path: () => `${fair()}/support-programmes/${programmeId}`,
      valid: () => ({ ratePercent: 60 }),
      text: 'nameEn',
      more: [
        ['totalBudget', null],
        ['capPerBooth', 1.5],
      ],
    },
  ];

  async function counts() {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM fairs)::int AS fairs,
              (SELECT string_agg(status || name_vi || venue_address, ',') FROM fairs) AS fair_text,
              (SELECT count(*) FROM fair_status_changes)::int AS changes,
              (SELECT string_agg(code || name_vi || coalesce(hall, ''), ',' ORDER BY code) FROM zones) AS zones,
              (SELECT string_agg(code || name_vi || price, ',' ORDER BY code) FROM booth_types) AS types,
              (SELECT string_agg(code || blocked || x, ',' ORDER BY code) FROM booths) AS booths,
              (SELECT string_agg(name_vi || rate_percent, ',') FROM support_programmes) AS programmes`,
    );
    return row;
  }

  /** Sets a dotted path ("origin.x", "days.0.date"); undefined removes the field. */
  function withValue(body: Record<string, unknown>, path: string, value: unknown) {
    const copy = structuredClone(body);
    const keys = path.split('.');
    let target = copy as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
    if (value === undefined) delete target[keys.at(-1)!];
    else target[keys.at(-1)!] = value;
    return copy;
  }

  it.each(routes.map((r) => [`${r.method.toUpperCase()} ${r.name}`, r]))(
    '%s',
    async (_name, route: Route) => {
      const before = await counts();
      const expectField = async (body: string | object, field: string) => {
        const response = await request(t.http)
          [route.method](route.path())
          .set(bearer(organiser.token))
          .set('Content-Type', 'application/json')
          .send(typeof body === 'string' ? body : JSON.stringify(body));
        expect({ field, status: response.status }).toEqual({ field, status: 400 });
        expect(response.body.fields.map((f: { field: string }) => f.field)).toContain(field);
      };
      await expectField('{"nameVi": ', 'body');
      await expectField({ ...route.valid(), organisingBodyId: bodyId }, 'organisingBodyId');
      await expectField({ ...route.valid(), [route.text]: 12345 }, route.text);
      await expectField({ ...route.valid(), [route.text]: 'ư'.repeat(5000) }, route.text);
      await expectField({ ...route.valid(), [route.text]: 'Mây\u0000tre' }, route.text);
      for (const [path, value, field] of route.more ?? []) {
        await expectField(withValue(route.valid(), path, value), field ?? path);
      }
      expect(await counts()).toEqual(before);
    },
  );

  it('a plan import with a bad JSON body names the field and writes nothing', async () => {
    const before = await counts();
    const send = (body: string) =>
      request(t.http)
        .post(`${fair()}/plan/import`)
        .set(bearer(organiser.token))
        .set('Content-Type', 'application/json')
        .send(body);
    const fieldsOf = async (body: string) => {
      const response = await send(body).expect(400);
      return response.body.fields.map((f: { field: string }) => f.field);
    };
    expect(await fieldsOf('{"booths": [')).toEqual(['body']);
    expect(await fieldsOf('{"booths": [], "fairId": 1}')).toEqual(['fairId']);
    expect(await fieldsOf('{"booths": "A-01"}')).toEqual(['booths']);
    const long = {
      code: 'A'.repeat(5000),
      zone: 'lua',
      type: 'tieu-chuan',
      x: 0,
      y: 30,
      width: 3,
      height: 3,
    };
    expect(await fieldsOf(JSON.stringify({ booths: [long] }))).toEqual(['code']);
    expect(
      await fieldsOf(JSON.stringify({ booths: [{ ...long, code: 'B-01', x: 'left' }] })),
    ).toEqual(['booths[0].x']);
    expect(await counts()).toEqual(before);
  });

  it('a malformed id in the path or a bad query parameter is a 400 naming it', async () => {
    const get = (path: string) =>
      request(t.http).get(path).set(bearer(organiser.token)).expect(400);
    const cases: [string, string][] = [
      ['/api/v1/organising-bodies/abc/fairs', 'bodyId'],
      ['/api/v1/fairs/abc', 'fairId'],
      ['/api/v1/fairs/abc/plan.svg', 'fairId'],
      [`${fair()}/zones/1`, 'zoneId'],
      [`${fair()}/booth-types/1`, 'boothTypeId'],
      [`${fair()}/booths/1`, 'boothId'],
      [`${fair()}/support-programmes/1`, 'programmeId'],
      [`/api/v1/organising-bodies/${bodyId}/fairs?status=finished`, 'status'],
      [`/api/v1/organising-bodies/${bodyId}/fairs?pageSize=1000`, 'pageSize'],
      [`/api/v1/organising-bodies/${bodyId}/fairs?sort=name`, 'sort'],
    ];
    for (const [path, field] of cases) {
      const response = await get(path);
      expect({ path, fields: response.body.fields.map((f: { field: string }) => f.field) }).toEqual(
        { path, fields: [field] },
      );
    }
  });
});
