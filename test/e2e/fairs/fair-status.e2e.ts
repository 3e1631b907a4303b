import { Role } from '@hoicho/platform';
import { createBody, createTestApp, createUser, SignedIn, TestApp } from '../../support/test-app';
import { as, createFair, ZONES } from './support/fairs';

describe('fair status: only the machine’s steps, each one recorded', () => {
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

  it('walks draft → open → allocating → published → running → closed, refusing illegal steps', async () => {
    const fair = await createFair(t, organiser.token, bodyId);
    const status = `/api/v1/fairs/${fair.id}/status`;
    const notReady = await api().post(status, { to: 'open' }).expect(422);
    expect(notReady.body.code).toBe('fair_not_ready');
    expect(notReady.body.fields.map((f: { field: string }) => f.field)).toEqual([
      'zones',
      'boothTypes',
    ]);

    await api().post(`/api/v1/fairs/${fair.id}/zones`, ZONES[0]).expect(201);
    await api()
      .post(`/api/v1/fairs/${fair.id}/booth-types`, {
        code: 'goc',
        nameVi: 'Gian góc',
        widthM: 3,
        depthM: 3,
        price: 15_000_000,
      })
      .expect(201);
    const skipped = await api().post(status, { to: 'published' }).expect(409);
    expect(skipped.body).toMatchObject({
      code: 'fair_transition',
      details: { from: 'draft', to: 'published', allowed: ['open', 'cancelled'] },
    });
    expect(skipped.body.fields[0].field).toBe('to');

    // When it opened is read back against when it was asked, not against a minute of slack.
    const asked = Date.now();
    const opened = await api().post(status, { to: 'open', reason: 'Mở nhận hồ sơ' }).expect(200);
    const answered = Date.now();
    expect(opened.body).toMatchObject({
      status: 'open',
      nextStatuses: ['allocating', 'cancelled'],
    });
    await api().post(status, { to: 'open' }).expect(409);
    expect((await api().post(status, { to: 'allocating' }).expect(422)).body.fields[0].field).toBe(
      'booths',
    );
    await api()
      .post(`/api/v1/fairs/${fair.id}/plan/grid`, {
        zone: 'may-tre-dan',
        type: 'goc',
        prefix: 'A-',
        rows: 1,
        columns: 2,
        origin: { x: 0, y: 0 },
      })
      .expect(201);
    await api().post(status, { to: 'allocating' }).expect(200);

    const locked = await api()
      .post(`/api/v1/fairs/${fair.id}/plan/grid`, {
        zone: 'may-tre-dan',
        type: 'goc',
        prefix: 'B-',
        rows: 1,
        columns: 2,
        origin: { x: 0, y: 9 },
      })
      .expect(409);
    expect(locked.body.code).toBe('plan_locked');
    await api().post(`/api/v1/fairs/${fair.id}/zones`, ZONES[1]).expect(409);

    await api().post(status, { to: 'published' }).expect(200);
    await api().post(status, { to: 'running' }).expect(200);
    const noCancel = await api().post(status, { to: 'cancelled' }).expect(409);
    expect(noCancel.body.message).toContain('from "running" it can go to: closed');
    await api().post(status, { to: 'closed' }).expect(200);
    const final = await api().post(status, { to: 'open' }).expect(409);
    expect(final.body.message).toContain('"closed" is final');
    expect(
      (await api().patch(`/api/v1/fairs/${fair.id}`, { nameVi: 'Đổi tên' }).expect(409)).body.code,
    ).toBe('fair_locked');

    const history = await api().get(`/api/v1/fairs/${fair.id}/status-changes`).expect(200);
    expect(history.body.map((c: { from: string | null; to: string }) => [c.from, c.to])).toEqual([
      [null, 'draft'],
      ['draft', 'open'],
      ['open', 'allocating'],
      ['allocating', 'published'],
      ['published', 'running'],
      ['running', 'closed'],
    ]);
    expect(history.body[1]).toMatchObject({
      reason: 'Mở nhận hồ sơ',
      changedBy: organiser.id,
      changedByName: 'Người Thử',
    });
    // Whole milliseconds either side: PostgreSQL keeps microseconds, the api answers milliseconds.
    const changedAt = new Date(history.body[1].changedAt).getTime();
    expect(changedAt).toBeGreaterThanOrEqual(asked - 1);
    expect(changedAt).toBeLessThanOrEqual(answered + 1);
    const [{ n }] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM fair_status_changes WHERE fair_id = $1',
      [fair.id],
    );
    expect(n).toBe(6);
  });

  it('cancels a fair before it runs; the database refuses a forbidden step even without the api', async () => {
    const fair = await createFair(t, organiser.token, bodyId);
    await api()
      .post(`/api/v1/fairs/${fair.id}/status`, { to: 'cancelled', reason: 'Dời lịch' })
      .expect(200);
    await api().post(`/api/v1/fairs/${fair.id}/status`, { to: 'open' }).expect(409);
    await expect(
      t.dataSource.query(
        `INSERT INTO fair_status_changes (fair_id, from_status, to_status, changed_by) VALUES ($1, 'cancelled', 'open', $2)`,
        [fair.id, organiser.id],
      ),
    ).rejects.toThrow(/fair_status_changes_allowed/);
  });
});
