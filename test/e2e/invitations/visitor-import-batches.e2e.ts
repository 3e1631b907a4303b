import request from 'supertest';
import { bearer, createTestApp, TestApp } from '../../support/test-app';
import { goodRow, plantedVisitorList, STORED } from './support/planted-visitor-list';
import { addVisitor, Body, ImportView, setUpBody, waitUntil } from './support/invitations';

/** Three batches of the import (1,000 rows each): enough to cross batch boundaries. */
const ROWS = 2_500;

/**
 * A list of several batches through the API, with bad rows at batch ends, merges across and
 * within batches and a quoted line break. That the import commits batch by batch (progress
 * seen part-way, a restart resuming) is proven without a clock in
 * `visitor-import.runner.int-spec.ts`; its speed and memory at 50,000 rows are measured by
 * `npm run bench:import`.
 */
describe('visitor import across batches', () => {
  let t: TestApp;
  let body: Body;

  beforeAll(async () => {
    t = await createTestApp();
    body = await setUpBody(t);
  });
  afterAll(() => t.close());

  const api = (path: string) =>
    request(t.http).get(`/api/v1/${path}`).set(bearer(body.organiser.token)).expect(200);

  it('imports through the API with exact counts, refused lines and progress that only moves forward', async () => {
    await addVisitor(t, body.organiser.token, body.id, { ...STORED, tags: ['cũ'] });
    const list = plantedVisitorList(ROWS);

    const upload = await request(t.http)
      .post(`/api/v1/organising-bodies/${body.id}/visitor-imports?filename=khach.csv`)
      .set(bearer(body.organiser.token))
      .set('Content-Type', 'text/csv')
      .send(list.file)
      .expect(201);
    // The preview is the first rows only; the quoted line break moves row 4 to line 6.
    expect(upload.body.preview).toHaveLength(20);
    expect(upload.body.preview.slice(0, 4).map((row: { line: number }) => row.line)).toEqual([
      2, 3, 4, 6,
    ]);
    await request(t.http)
      .post(`/api/v1/visitor-imports/${upload.body.id}/start`)
      .set(bearer(body.organiser.token))
      .expect(202);

    const seen: ImportView[] = [];
    const done = await waitUntil('the import to finish', async () => {
      const view = (await api(`visitor-imports/${upload.body.id}`)).body as ImportView;
      seen.push(view);
      return ['completed', 'failed'].includes(view.status) && view;
    });
    expect(done).toMatchObject({
      status: 'completed',
      failure: null,
      counts: { created: list.created, merged: list.merged, rejected: list.rejected.length },
      progress: { rowsRead: ROWS, percent: 100, bytesRead: list.file.length },
    });
    expect(done.counts).toEqual({ created: 2_492, merged: 3, rejected: 5 });
    for (const [previous, next] of seen.slice(1).map((view, i) => [seen[i], view])) {
      expect(next.progress.rowsRead).toBeGreaterThanOrEqual(previous.progress.rowsRead);
      expect(next.progress.percent).toBeGreaterThanOrEqual(previous.progress.percent);
      expect(next.counts.created).toBeGreaterThanOrEqual(previous.counts.created);
    }

    const errors = await api(`visitor-imports/${done.id}/errors?pageSize=100`);
    expect(errors.body.items).toEqual(list.rejected);
    expect(list.rejected.map((e) => e.line)).toEqual([1_002, 1_779, 2_002, 2_224, 2_502]);

    const visitors = await api(`organising-bodies/${body.id}/visitors?pageSize=1`);
    expect(visitors.body.total).toBe(list.created + 1);
    const one = async (email: string) =>
      (await api(`organising-bodies/${body.id}/visitors?q=${encodeURIComponent(email)}`)).body
        .items[0];
    expect(await one('khach1@example.vn')).toMatchObject({ name: 'NGUYỄN VĂN AN' });
    expect(await one('khach2399@example.vn')).toMatchObject({ tags: ['đợt 1', 'đợt 2'] });
    expect(await one(STORED.email)).toMatchObject({
      name: goodRow(2_345)[0],
      tags: ['cũ', 'đợt 1'],
      source: 'manual',
    });
    expect(await one('khach3@example.vn')).toMatchObject({
      organisation: expect.stringMatching(/^Công ty Gốm\s+Bát Tràng$/),
    });
  });
});
