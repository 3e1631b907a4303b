import { Role } from '@hoicho/platform';
import { createBody, createTestApp, createUser, SignedIn, TestApp } from '../../support/test-app';
import {
  as,
  assertWellFormedXml,
  boothCount,
  createFairWithReference,
  ZONES,
} from './support/fairs';

interface PlanBooth {
  id: string;
  code: string;
  zone: string;
  corner: boolean;
  blocked: boolean;
  x: number;
  y: number;
  neighbours: string[];
}

describe('floor plans: grids of booths, exports as JSON and SVG, single-booth edits', () => {
  let t: TestApp;
  let bodyId: string;
  let organiser: SignedIn;

  beforeAll(async () => {
    t = await createTestApp();
    bodyId = await createBody(t);
    organiser = await createUser(t, Role.Organiser, { organisingBodyId: bodyId });
  });
  afterAll(() => t.close());

  const api = () => as(t, organiser.token);

  it('draws 120 booths in four zones with one grid request per zone, and exports them', async () => {
    const { fair } = await createFairWithReference(t, organiser.token, bodyId);
    const blocks = ZONES.map((zone, i) => ({
      zone: zone.code,
      type: 'tieu-chuan',
      prefix: `${'ABCD'[i]}-`,
      rows: 3,
      columns: 10,
      origin: { x: 0, y: i * 18 },
      backToBack: i % 2 === 1,
    }));
    for (const block of blocks) {
      const response = await api().post(`/api/v1/fairs/${fair.id}/plan/grid`, block).expect(201);
      expect(response.body.created).toBe(30);
    }
    expect(await boothCount(t, fair.id)).toBe(120);

    const plan = await api().get(`/api/v1/fairs/${fair.id}/plan`).expect(200);
    expect(plan.body.zones.map((z: { code: string }) => z.code)).toEqual(ZONES.map((z) => z.code));
    expect(plan.body.boothTypes).toEqual([
      expect.objectContaining({ code: 'tieu-chuan', widthM: 3, depthM: 3, price: '12000000' }),
    ]);
    const booths: PlanBooth[] = plan.body.booths;
    expect(booths).toHaveLength(120);
    const byCode = new Map(booths.map((b) => [b.code, b]));
    expect(byCode.get('A-01')).toMatchObject({
      zone: 'may-tre-dan',
      corner: true,
      x: 0,
      y: 0,
      neighbours: ['A-02'],
    });
    expect(byCode.get('A-05')!.corner).toBe(false);
    // Back to back: B-01 (row 1) shares its back wall with B-11 (row 2).
    expect(byCode.get('B-01')!.neighbours).toEqual(['B-02', 'B-11']);
    for (const booth of booths) {
      for (const other of booth.neighbours) {
        expect({
          booth: booth.code,
          other,
          back: byCode.get(other)!.neighbours.includes(booth.code),
        }).toEqual({ booth: booth.code, other, back: true });
      }
    }
    const [{ pairs }] = await t.dataSource.query(
      'SELECT count(*)::int AS pairs FROM booth_neighbours WHERE fair_id = $1',
      [fair.id],
    );
    expect(pairs * 2).toBe(booths.reduce((sum, b) => sum + b.neighbours.length, 0));

    const svg = await api().get(`/api/v1/fairs/${fair.id}/plan.svg`).expect(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    const text = svg.text ?? svg.body.toString('utf8');
    expect(() => assertWellFormedXml(text)).not.toThrow();
    for (const code of ['A-01', 'B-15', 'C-30', 'D-21']) expect(text).toContain(`>${code}<`);
    expect(text).toContain('Hội chợ làng nghề Hà Nội 2026');
    expect(text).toContain('gom-su — Gốm sứ');
    expect(text.match(/<g class="booth( blocked)?">/g)).toHaveLength(120);
  });

  it('refuses a grid that overlaps the plan or names an unknown zone, writing nothing', async () => {
    const { fair } = await createFairWithReference(t, organiser.token, bodyId);
    const block = {
      zone: 'gom-su',
      type: 'tieu-chuan',
      prefix: 'G-',
      rows: 1,
      columns: 4,
      origin: { x: 0, y: 0 },
    };
    await api().post(`/api/v1/fairs/${fair.id}/plan/grid`, block).expect(201);
    const overlap = await api()
      .post(`/api/v1/fairs/${fair.id}/plan/grid`, {
        ...block,
        prefix: 'H-',
        origin: { x: 1.5, y: 0 },
      })
      .expect(400);
    expect(overlap.body.code).toBe('plan_invalid');
    expect(overlap.body.fields[0]).toMatchObject({ field: 'position' });
    expect(overlap.body.fields[0].message).toMatch(/H-01: overlaps booth G-0[12]/);
    const again = await api().post(`/api/v1/fairs/${fair.id}/plan/grid`, block).expect(400);
    expect(again.body.fields.map((f: { field: string }) => f.field)).toEqual([
      'code',
      'code',
      'code',
      'code',
    ]);
    const unknown = await api()
      .post(`/api/v1/fairs/${fair.id}/plan/grid`, {
        ...block,
        prefix: 'K-',
        zone: 'kham-trai',
        type: 'goc',
        origin: { x: 50, y: 50 },
      })
      .expect(400);
    expect(unknown.body.fields.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(['zone', 'type']),
    );
    expect(unknown.body.message).toContain('unknown zone "kham-trai"');
    expect(await boothCount(t, fair.id)).toBe(4);
  });

  it('edits one booth at a time, keeping neighbours symmetric and the plan sound', async () => {
    const { fair } = await createFairWithReference(t, organiser.token, bodyId);
    await api()
      .post(`/api/v1/fairs/${fair.id}/plan/grid`, {
        zone: 'lua',
        type: 'tieu-chuan',
        prefix: 'L-',
        rows: 1,
        columns: 3,
        origin: { x: 0, y: 0 },
      })
      .expect(201);
    await api()
      .post(`/api/v1/fairs/${fair.id}/plan/grid`, {
        zone: 'lua',
        type: 'tieu-chuan',
        prefix: 'M-',
        rows: 1,
        columns: 2,
        origin: { x: 0, y: 3 },
      })
      .expect(201);
    const plan = await api().get(`/api/v1/fairs/${fair.id}/plan`).expect(200);
    const id = (code: string) => plan.body.booths.find((b: PlanBooth) => b.code === code).id;
    const edited = await api()
      .patch(`/api/v1/fairs/${fair.id}/booths/${id('L-01')}`, {
        neighbours: ['l-02', 'M-01'],
        blocked: true,
      })
      .expect(200);
    expect(edited.body).toMatchObject({
      code: 'L-01',
      blocked: true,
      neighbours: ['L-02', 'M-01'],
    });
    const m01 = await api()
      .get(`/api/v1/fairs/${fair.id}/booths/${id('M-01')}`)
      .expect(200);
    expect(m01.body.neighbours).toEqual(['L-01', 'M-02']);
    const renamed = await api()
      .patch(`/api/v1/fairs/${fair.id}/booths/${id('L-01')}`, { code: 'L-00', zone: 'son-mai' })
      .expect(200);
    expect(renamed.body).toMatchObject({ code: 'L-00', zone: 'son-mai' });
    expect(
      (await api().get(`/api/v1/fairs/${fair.id}/booths/${id('M-01')}`)).body.neighbours,
    ).toEqual(['L-00', 'M-02']);
    const overlapping = await api()
      .patch(`/api/v1/fairs/${fair.id}/booths/${id('M-02')}`, { x: 1.5, neighbours: ['X-99'] })
      .expect(400);
    expect(overlapping.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'neighbours',
      'position',
    ]);
    const zones = await api().get(`/api/v1/fairs/${fair.id}/zones`).expect(200);
    const lua = zones.body.find((z: { code: string }) => z.code === 'lua');
    const inUse = await api().delete(`/api/v1/fairs/${fair.id}/zones/${lua.id}`).expect(409);
    expect(inUse.body.code).toBe('in_use');
    await api()
      .delete(`/api/v1/fairs/${fair.id}/booths/${id('M-02')}`)
      .expect(204);
    expect(
      (await api().get(`/api/v1/fairs/${fair.id}/booths/${id('M-01')}`)).body.neighbours,
    ).toEqual(['L-00']);
    expect((await api().delete(`/api/v1/fairs/${fair.id}/plan/booths`).expect(200)).body).toEqual({
      removed: 4,
    });
    await api().delete(`/api/v1/fairs/${fair.id}/zones/${lua.id}`).expect(204);
  });
});
