import request from 'supertest';
import { Role } from '@hoicho/platform';
import { createBody, createTestApp, createUser, SignedIn, TestApp } from '../../support/test-app';
import { as, createFair, fairBody } from './support/fairs';

describe('fairs: an organiser creates, lists and edits a fair; dates must fit', () => {
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

  it('creates a draft fair with its days in Hà Nội time', async () => {
    const fair = await createFair(t, organiser.token, bodyId);
    expect(fair).toMatchObject({
      organisingBodyId: bodyId,
      nameVi: 'Hội chợ làng nghề Hà Nội 2026',
      status: 'draft',
      nextStatuses: ['open', 'cancelled'],
      timeZone: 'Asia/Ho_Chi_Minh',
      applicationsOpenAt: '2026-08-01T08:00:00+07:00',
      applicationsCloseAt: '2026-09-15T17:00:00+07:00',
      withdrawalDeadline: '2026-09-20T17:00:00+07:00',
    });
    expect(fair.days).toEqual([
      { date: '2026-10-10', opens: '08:00', closes: '21:00' },
      { date: '2026-10-11', opens: '08:00', closes: '21:00' },
      { date: '2026-10-12', opens: '08:00', closes: '17:00' },
    ]);
    const [row] = await t.dataSource.query(
      'SELECT applications_close_at FROM fairs WHERE id = $1',
      [fair.id],
    );
    expect(new Date(row.applications_close_at).toISOString()).toBe('2026-09-15T10:00:00.000Z');
    const listed = await api()
      .get(`/api/v1/organising-bodies/${bodyId}/fairs?status=draft`)
      .expect(200);
    expect(listed.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(listed.body.items[0].id).toBe(fair.id);
    const none = await api()
      .get(`/api/v1/organising-bodies/${bodyId}/fairs?status=open`)
      .expect(200);
    expect(none.body).toMatchObject({ total: 0, items: [] });
  });

  it('refuses dates that do not fit, naming the field', async () => {
    const fields = async (path: string, body: object, method: 'post' | 'patch' = 'post') => {
      const response = await api()[method](path, body);
      expect(response.status).toBe(400);
      return response.body.fields.map((f: { field: string }) => f.field);
    };
    const create = `/api/v1/organising-bodies/${bodyId}/fairs`;
    const base = (await createFair(t, organiser.token, bodyId)) as { id: string };
    expect(await fields(create, fairBody({ applicationsCloseAt: '2026-10-10T09:00' }))).toEqual([
      'applicationsCloseAt',
    ]);
    expect(
      await fields(
        create,
        fairBody({
          days: [{ date: '2026-10-10', opens: '18:00', closes: '08:00' }],
        }),
      ),
    ).toEqual(['days.0.closes']);
    expect(
      await fields(
        create,
        fairBody({
          days: [{ date: '2026-02-30', opens: '08:00', closes: '18:00' }],
        }),
      ),
    ).toEqual(['days.0.date']);
    expect(
      await fields(`/api/v1/fairs/${base.id}`, { withdrawalDeadline: '2026-10-11T00:00' }, 'patch'),
    ).toEqual(['withdrawalDeadline']);
    // A name goes on one line (badges, email subjects, CSV cells).
    const twoLines = await api()
      .patch(`/api/v1/fairs/${base.id}`, { nameVi: 'Hội chợ\nLàng nghề' })
      .expect(400);
    expect(twoLines.body.fields).toEqual([
      expect.objectContaining({
        field: 'nameVi',
        message: expect.stringContaining('must be one line of text'),
      }),
    ]);
    expect(
      await fields(
        `/api/v1/fairs/${base.id}`,
        { applicationsOpenAt: '2026-09-16T00:00+07:00' },
        'patch',
      ),
    ).toContain('applicationsCloseAt');
    const changed = await api()
      .patch(`/api/v1/fairs/${base.id}`, {
        nameEn: null,
        withdrawalDeadline: null,
        days: [{ date: '2026-10-09', opens: '09:00', closes: '20:30' }],
      })
      .expect(200);
    expect(changed.body).toMatchObject({
      nameEn: null,
      withdrawalDeadline: null,
      days: [{ date: '2026-10-09', opens: '09:00', closes: '20:30' }],
    });
  });

  it('documents every route in the OpenAPI description', async () => {
    const docs = await request(t.http).get('/docs-json').expect(200);
    const paths = Object.keys(docs.body.paths);
    for (const path of [
      '/api/v1/organising-bodies/{bodyId}/fairs',
      '/api/v1/fairs/{fairId}',
      '/api/v1/fairs/{fairId}/status',
      '/api/v1/fairs/{fairId}/status-changes',
      '/api/v1/fairs/{fairId}/zones/{zoneId}',
      '/api/v1/fairs/{fairId}/booth-types/{boothTypeId}',
      '/api/v1/fairs/{fairId}/booths/{boothId}',
      '/api/v1/fairs/{fairId}/plan',
      '/api/v1/fairs/{fairId}/plan.svg',
      '/api/v1/fairs/{fairId}/plan/grid',
      '/api/v1/fairs/{fairId}/plan/import',
      '/api/v1/fairs/{fairId}/plan/booths',
      '/api/v1/fairs/{fairId}/support-programmes/{programmeId}',
    ]) {
      expect(paths).toContain(path);
    }
  });
});
