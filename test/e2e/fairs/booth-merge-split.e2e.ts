import { Role } from '@hoicho/platform';
import { createBody, createTestApp, createUser, SignedIn, TestApp } from '../../support/test-app';
import { as, createFairWithReference, ZONES } from './support/fairs';

interface PlanBooth {
  id: string;
  code: string;
  x: number;
  width: number;
  neighbours: string[];
}

describe('floor plans: merge and split, each one atomic request', () => {
  let t: TestApp;
  let organiser: SignedIn;
  let fairId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const bodyId = await createBody(t);
    organiser = await createUser(t, Role.Organiser, { organisingBodyId: bodyId });
    fairId = (await createFairWithReference(t, organiser.token, bodyId)).fair.id;
    await api()
      .post(`/api/v1/fairs/${fairId}/plan/grid`, {
        zone: ZONES[0].code,
        type: 'tieu-chuan',
        prefix: 'A-',
        rows: 1,
        columns: 3,
        origin: { x: 0, y: 0 },
      })
      .expect(201);
  });
  afterAll(() => t.close());

  const api = () => as(t, organiser.token);
  const booths = async () =>
    new Map(
      (
        (await api().get(`/api/v1/fairs/${fairId}/plan`).expect(200)).body.booths as PlanBooth[]
      ).map((b) => [b.code, b]),
    );

  it('merges two booths into one and splits it back, neighbours following', async () => {
    let plan = await booths();
    const merged = await api()
      .post(`/api/v1/fairs/${fairId}/booths/${plan.get('A-02')!.id}/merge`, {
        with: plan.get('A-01')!.id,
      })
      .expect(200);
    expect(merged.body).toEqual([
      expect.objectContaining({ code: 'A-01', x: 0, width: 6, neighbours: ['A-03'] }),
    ]);
    plan = await booths();
    expect([...plan.keys()].sort()).toEqual(['A-01', 'A-03']);
    expect(plan.get('A-03')!.neighbours).toEqual(['A-01']);

    const split = await api()
      .post(`/api/v1/fairs/${fairId}/booths/${plan.get('A-01')!.id}/split`)
      .expect(200);
    expect(split.body).toEqual([
      expect.objectContaining({ code: 'A-01', x: 0, width: 3, neighbours: ['A-01B'] }),
      expect.objectContaining({ code: 'A-01B', x: 3, width: 3, neighbours: ['A-01', 'A-03'] }),
    ]);
    plan = await booths();
    expect(plan.get('A-01')!.id).toBe(split.body[0].id);
    expect(plan.get('A-03')!.neighbours).toEqual(['A-01B']);
  });

  it('refuses a split of a one-unit booth and a merge of booths apart, naming the field, changing nothing', async () => {
    const plan = await booths();
    const refused = await api()
      .post(`/api/v1/fairs/${fairId}/booths/${plan.get('A-03')!.id}/split`)
      .set('Accept-Language', 'vi')
      .expect(400);
    expect(refused.body.fields).toEqual([expect.objectContaining({ field: 'boothId' })]);
    const apart = await api()
      .post(`/api/v1/fairs/${fairId}/booths/${plan.get('A-01')!.id}/merge`, {
        with: plan.get('A-03')!.id,
      })
      .expect(400);
    expect(apart.body.fields).toEqual([expect.objectContaining({ field: 'with' })]);
    await api()
      .post(`/api/v1/fairs/${fairId}/booths/${plan.get('A-01')!.id}/merge`, { with: 'nope' })
      .expect(400);
    expect(await booths()).toEqual(plan);
  });
});
