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

/** Excel's "CSV UTF-8" on a Vietnamese machine: BOM, semicolons, CRLF, decimal commas. */
const EXCEL_CSV =
  '\uFEFFcode;zone;type;x;y;width;height;corner;blocked;neighbours\r\n' +
  'A-01;May-Tre-Dan;tieu-chuan;0;0;3;3;có;;A-02\r\n' +
  'a-02;may-tre-dan;TIEU-CHUAN;3;0;3;3;không;;A-01|A-03\r\n' +
  'A-03;may-tre-dan;tieu-chuan;6;0;3;3;1;;A-02\r\n' +
  'G-01;gom-su;tieu-chuan;0;6;4,5;3;;x;\r\n' +
  ';;;;;;;;;\r\n';

const HEADER = 'code,zone,type,x,y,width,height,neighbours\n';

interface Issue {
  field: string;
  message: string;
  line?: number;
}

describe('plan import from CSV and JSON: all or nothing, every problem with its line', () => {
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

  const importCsv = (csv: string | Buffer, query = '') =>
    request(t.http)
      .post(`/api/v1/fairs/${fairId}/plan/import${query}`)
      .set(bearer(organiser.token))
      .set('Content-Type', 'text/csv; charset=utf-8')
      .send(typeof csv === 'string' ? Buffer.from(csv, 'utf8') : csv);

  const plan = async () =>
    (
      await request(t.http)
        .get(`/api/v1/fairs/${fairId}/plan`)
        .set(bearer(organiser.token))
        .expect(200)
    ).body as {
      booths: {
        code: string;
        zone: string;
        type: string;
        width: number;
        corner: boolean;
        blocked: boolean;
        neighbours: string[];
      }[];
    };

  it('imports an Excel CSV with a BOM, semicolons and Vietnamese yes/no', async () => {
    const response = await importCsv(EXCEL_CSV).expect(200);
    expect(response.body).toEqual({
      created: 4,
      removed: 0,
      total: 4,
      codes: ['A-01', 'A-02', 'A-03', 'G-01'],
    });
    const booths = (await plan()).booths;
    expect(booths.map((b) => [b.code, b.zone, b.type, b.corner, b.blocked, b.neighbours])).toEqual([
      ['A-01', 'may-tre-dan', 'tieu-chuan', true, false, ['A-02']],
      ['A-02', 'may-tre-dan', 'tieu-chuan', false, false, ['A-01', 'A-03']],
      ['A-03', 'may-tre-dan', 'tieu-chuan', true, false, ['A-02']],
      ['G-01', 'gom-su', 'tieu-chuan', false, true, []],
    ]);
    expect(booths[3].width).toBe(4.5);
  });

  it('names the line of a bad row and writes nothing', async () => {
    const csv =
      HEADER +
      'B-01,lua,tieu-chuan,0,20,3,3,B-02\nB-02,lua,tieu-chuan,3,20,3,3,B-01\nB-03,lua,tieu-chuan,abc,20,3,3,\n';
    const response = await importCsv(csv).expect(400);
    expect(response.body.code).toBe('plan_invalid');
    expect(response.body.fields).toEqual([
      {
        field: 'x',
        line: 4,
        message: 'booth B-03: "abc" is not a number',
        code: 'not_number',
        params: { value: 'abc', booth: 'B-03' },
      },
    ]);
    expect(response.body.message).toContain('line 4');
    expect(await boothCount(t, fairId)).toBe(4);
  });

  it('names both booths of an asymmetric neighbour pair', async () => {
    const csv = HEADER + 'B-01,lua,tieu-chuan,0,20,3,3,B-02\nB-02,lua,tieu-chuan,3,20,3,3,\n';
    const response = await importCsv(csv).expect(400);
    const issue: Issue = response.body.fields[0];
    expect(issue).toMatchObject({ field: 'neighbours', line: 2 });
    expect(issue.message).toBe(
      'booth B-01: B-01 lists B-02 as a neighbour but B-02 (line 3) does not list B-01',
    );
    expect(await boothCount(t, fairId)).toBe(4);
  });

  it('reports every problem at once: unknown zone, duplicate code, unknown column', async () => {
    const csv =
      HEADER +
      'C-01,kham-trai,tieu-chuan,0,30,3,3,\n' +
      'C-02,lua,tieu-chuan,3,30,3,3,\n' +
      'C-02,lua,tieu-chuan,6,30,3,3,\n';
    const response = await importCsv(csv).expect(400);
    expect(response.body.fields.map((f: Issue) => [f.line, f.field])).toEqual([
      [2, 'zone'],
      [4, 'code'],
    ]);
    expect(response.body.fields[0].message).toContain('unknown zone "kham-trai"');
    expect(response.body.fields[1].message).toContain(
      'duplicate booth code, already used by C-02 (line 3)',
    );
    const header = await importCsv('code,zone,type,x,y,width,height,colour\n').expect(400);
    expect(header.body.fields[0]).toMatchObject({ field: 'colour', line: 1 });
    const empty = await importCsv('').expect(400);
    expect(empty.body.fields[0].field).toBe('file');
    const latin1 = await importCsv(
      Buffer.from(HEADER + 'Ó-01,lua,tieu-chuan,0,0,3,3,\n', 'latin1'),
    ).expect(400);
    expect(latin1.body.fields[0]).toMatchObject({ field: 'file' });
    expect(latin1.body.fields[0].message).toContain('UTF-8');
    expect(await boothCount(t, fairId)).toBe(4);
  });

  it('imports JSON, appending to the plan on request', async () => {
    const booths = [
      {
        code: 'D-01',
        zone: 'son-mai',
        type: 'tieu-chuan',
        x: 0,
        y: 40,
        width: 3,
        height: 3,
        neighbours: ['D-02'],
      },
      {
        code: 'D-02',
        zone: 'son-mai',
        type: 'tieu-chuan',
        x: 3,
        y: 40,
        width: 3,
        height: 3,
        neighbours: ['D-01'],
        corner: true,
      },
    ];
    const response = await request(t.http)
      .post(`/api/v1/fairs/${fairId}/plan/import?mode=append`)
      .set(bearer(organiser.token))
      .send({ booths })
      .expect(200);
    expect(response.body).toEqual({ created: 2, removed: 0, total: 6, codes: ['D-01', 'D-02'] });
    const clash = await request(t.http)
      .post(`/api/v1/fairs/${fairId}/plan/import?mode=append`)
      .set(bearer(organiser.token))
      .send({ booths: [{ ...booths[0], neighbours: [] }] })
      .expect(400);
    expect(clash.body.fields[0]).toMatchObject({
      field: 'code',
      message: 'booth D-01: booth code already in the plan',
    });
    const unknownField = await request(t.http)
      .post(`/api/v1/fairs/${fairId}/plan/import`)
      .set(bearer(organiser.token))
      .send({ booths: [{ ...booths[0], colour: 'red' }] })
      .expect(400);
    expect(unknownField.body.fields.map((f: Issue) => f.field)).toContain('booths[0].colour');
    expect(await boothCount(t, fairId)).toBe(6);
  });

  it('takes an uploaded file, which replaces the plan by default', async () => {
    const csv = HEADER + 'E-01,lua,tieu-chuan,0,0,3,3,E-02\nE-02,lua,tieu-chuan,3,0,3,3,E-01\n';
    const response = await request(t.http)
      .post(`/api/v1/fairs/${fairId}/plan/import`)
      .set(bearer(organiser.token))
      .attach('file', Buffer.from(csv), {
        filename: 'so-do-gian-hang.csv',
        contentType: 'text/csv',
      })
      .expect(200);
    expect(response.body).toEqual({ created: 2, removed: 6, total: 2, codes: ['E-01', 'E-02'] });
    const [{ pairs }] = await t.dataSource.query(
      'SELECT count(*)::int AS pairs FROM booth_neighbours WHERE fair_id = $1',
      [fairId],
    );
    expect(pairs).toBe(1);
    const json = await request(t.http)
      .post(`/api/v1/fairs/${fairId}/plan/import?mode=append`)
      .set(bearer(organiser.token))
      .attach(
        'file',
        Buffer.from(
          JSON.stringify([
            { code: 'E-03', zone: 'lua', type: 'tieu-chuan', x: 6, y: 0, width: 3, height: 3 },
          ]),
        ),
        'plan.json',
      )
      .expect(200);
    expect(json.body.total).toBe(3);
    const missing = await request(t.http)
      .post(`/api/v1/fairs/${fairId}/plan/import`)
      .set(bearer(organiser.token))
      .field('mode', 'replace')
      .expect(400);
    expect(missing.body.fields[0].field).toBe('file');
  });

  it('says which content types it reads', async () => {
    const response = await request(t.http)
      .post(`/api/v1/fairs/${fairId}/plan/import`)
      .set(bearer(organiser.token))
      .set('Content-Type', 'application/xml')
      .send('<booths/>')
      .expect(415);
    expect(response.body.fields[0].field).toBe('content-type');
    const mode = await importCsv(HEADER, '?mode=merge').expect(400);
    expect(mode.body.fields[0].field).toBe('mode');
    expect(await boothCount(t, fairId)).toBe(3);
  });
});
