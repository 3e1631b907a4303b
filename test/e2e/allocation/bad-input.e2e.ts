import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { bearer, createTestApp, TestApp } from '../../support/test-app';
import { createOpenFair } from '../applications/support/applications';
import { AllocatingFair, allocatingFair, as, runAllocation } from './support/allocation';

const SPECS = [
  { name: 'HTX Mây tre đan Phú Vinh', size: 1, zones: ['may-tre-dan'], priority: 5 },
  { name: 'Cơ sở Gốm Bát Tràng Minh Hải', size: 1, zones: ['gom-su'], priority: 4 },
];

describe('bad input to allocation routes: 400 naming the field, nothing written', () => {
  let t: TestApp;
  let fair: AllocatingFair;
  let runId: string;

  beforeAll(async () => {
    t = await createTestApp();
    fair = await allocatingFair(t, SPECS);
    runId = (await runAllocation(t, fair.organiser, fair.id)).id;
  });
  afterAll(() => t.close());

  const fieldsOf = (body: { fields: { field: string }[] }) => body.fields.map((f) => f.field);

  it.each([
    ['post', 'runs', { reshuffle: 'yes' }, ['reshuffle']],
    ['post', 'runs', { shuffle: true }, ['shuffle']],
    ['get', 'runs/not-a-run', undefined, ['runId']],
    ['post', 'runs/:run/draft/moves', {}, ['applicationId', 'booths']],
    ['post', 'runs/:run/draft/moves', { applicationId: ':app', booths: 'A-01' }, ['booths']],
    ['post', 'runs/:run/draft/moves', { applicationId: ':app', booths: ['A 01'] }, ['booths']],
    [
      'post',
      'runs/:run/draft/moves',
      { applicationId: ':app', booths: ['A-01'], override: 'true' },
      ['override'],
    ],
    ['post', 'runs/:run/draft/moves', { applicationId: ':other', booths: [] }, ['applicationId']],
    ['post', 'runs/:run/draft/swaps', { applicationIds: [':app'] }, ['applicationIds']],
    ['post', 'runs/:run/draft/swaps', { applicationIds: [':app', ':app'] }, ['applicationIds.1']],
    ['post', 'runs/:run/draft/swaps', { applicationIds: ['x', ':app'] }, ['applicationIds']],
    ['put', 'pins/:app', { booths: ['!!'] }, ['booths']],
    ['put', 'pins/:app', {}, ['booths']],
    ['put', 'pins/not-an-id', { booths: ['A-01'] }, ['applicationId']],
    ['get', 'plan.svg?colour=pink', undefined, ['colour']],
    ['get', 'plan.svg?show=everything', undefined, ['show']],
    ['get', 'plan.svg?runId=abc', undefined, ['runId']],
    ['post', '../waitlist/offers', { expiresInHours: 0 }, ['expiresInHours']],
    ['post', '../waitlist/offers', { expiresInHours: 1.5 }, ['expiresInHours']],
    ['post', '../waitlist/offers', { booths: [] }, ['booths']],
    ['post', '../waitlist/offers', { booths: ['Z-99'] }, ['booths.0']],
  ] as const)('%s %s %j → 400 %j', async (method, path, body, fields) => {
    const app = [...fair.applicants.values()][0].applicationId;
    const fill = (value: unknown): unknown =>
      typeof value === 'string'
        ? value.replace(':app', app).replace(':other', randomUUID()).replace(':run', runId)
        : Array.isArray(value)
          ? value.map(fill)
          : value && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]))
            : value;
    const url = `/api/v1/fairs/${fair.id}/allocation/${fill(path) as string}`.replace(
      '/allocation/../',
      '/',
    );
    const before = await t.dataSource.query(
      'SELECT (SELECT count(*) FROM allocation_runs) AS runs, (SELECT max(updated_at) FROM allocation_runs) AS at',
    );
    const call = request(t.http)[method](url).set(bearer(fair.organiser.token));
    const res = await (body === undefined ? call : call.send(fill(body) as object));
    expect({ status: res.status, code: res.body.code }).toEqual({
      status: 400,
      code: expect.stringMatching(/validation_failed/),
    });
    expect(fieldsOf(res.body)).toEqual(expect.arrayContaining([...fields]));
    expect(
      await t.dataSource.query(
        'SELECT (SELECT count(*) FROM allocation_runs) AS runs, (SELECT max(updated_at) FROM allocation_runs) AS at',
      ),
    ).toEqual(before);
  });

  it('refuses allocation for a fair that is not allocating yet (409, the status named)', async () => {
    const open = await createOpenFair(t, fair.organiser, fair.bodyId);
    const res = await as(t, fair.organiser)
      .post(`/api/v1/fairs/${open.id}/allocation/runs`, {})
      .expect(409);
    expect(res.body).toMatchObject({
      code: 'fair_not_allocating',
      fields: [{ field: 'status', message: 'fair is open' }],
    });
  });

  it('refuses to draw a draft that does not exist', async () => {
    await as(t, fair.organiser)
      .get(`/api/v1/fairs/${fair.id}/allocation/plan.svg?runId=${randomUUID()}`)
      .expect(404);
  });
});
