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
import { boothCount, createFairWithReference } from './support/fairs';

const CSV =
  'code,zone,type,x,y,width,height,neighbours\n' +
  'K-01,kham-trai,tieu-chuan,0,40,3,3,K-02\n' +
  'K-02,lua,tieu-chuan,3,40,3,3,\n' +
  'K-03,lua,tieu-chuan,abc,40,3,3,\n';

interface Field {
  field: string;
  line?: number;
  code?: string;
  params?: Record<string, string | number>;
  message: string;
}

describe('plan import refusals: stable codes, params, and a message in the caller’s language', () => {
  let t: TestApp;
  let organiser: SignedIn;
  let fairId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const bodyId = await createBody(t);
    organiser = await createUser(t, Role.Organiser, { organisingBodyId: bodyId });
    fairId = (await createFairWithReference(t, organiser.token, bodyId)).fair.id;
  });
  afterAll(() => t.close());

  const importIn = async (language: string) => {
    const response = await request(t.http)
      .post(`/api/v1/fairs/${fairId}/plan/import`)
      .set(bearer(organiser.token))
      .set('Accept-Language', language)
      .set('Content-Type', 'text/csv; charset=utf-8')
      .send(Buffer.from(CSV, 'utf8'))
      .expect(400);
    expect(response.body.code).toBe('plan_invalid');
    return response.body.fields as Field[];
  };

  it('sends the same codes and params in both languages', async () => {
    const vi = await importIn('vi');
    const en = await importIn('en');
    const strip = (fields: Field[]) => fields.map(({ message: _m, ...rest }) => rest);
    expect(strip(vi)).toEqual(strip(en));
    expect(strip(vi)).toEqual([
      {
        field: 'zone',
        line: 2,
        code: 'zone_unknown',
        params: { zone: 'kham-trai', booth: 'K-01' },
      },
      {
        field: 'neighbours',
        line: 2,
        code: 'neighbour_not_mutual',
        params: { booth: 'K-01', neighbour: 'K-02', neighbourLine: 3 },
      },
      { field: 'x', line: 4, code: 'not_number', params: { value: 'abc', booth: 'K-03' } },
    ]);
    expect(await boothCount(t, fairId)).toBe(0);
  });

  it('words each refusal in Vietnamese for a Vietnamese caller', async () => {
    expect((await importIn('vi')).map((f) => f.message)).toEqual([
      'gian K-01: không có khu "kham-trai"',
      'gian K-01: K-01 ghi K-02 là gian kề nhưng K-02 (dòng 3) không ghi K-01',
      'gian K-03: "abc" không phải là số',
    ]);
  });

  it('words each refusal in English for an English caller', async () => {
    expect((await importIn('en-GB,en;q=0.9')).map((f) => f.message)).toEqual([
      'booth K-01: unknown zone "kham-trai"',
      'booth K-01: K-01 lists K-02 as a neighbour but K-02 (line 3) does not list K-01',
      'booth K-03: "abc" is not a number',
    ]);
  });
});
