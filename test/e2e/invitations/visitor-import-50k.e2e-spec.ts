import request from 'supertest';
import { bearer, createTestApp, TestApp } from '../../support/test-app';
import { fiftyThousandCsv, goodRow, ROWS, STORED } from './support/fifty-thousand-csv';
import { liveHeapBytes } from './support/live-heap';
import { addVisitor, Body, ImportView, setUpBody, sleep } from './support/invitations';

/**
 * What still lives on the heap while the import runs, over what lived before the upload. The
 * runner streams the stored file and holds one batch of 1,000 rows: about 6 MB more. Parsing
 * the 50,000 rows first and writing them after (tried once to calibrate this) keeps 32 MB.
 */
const LIVE_HEAP_BOUND_BYTES = 16 * 1024 * 1024;

jest.setTimeout(90_000);

describe('visitor import of 50,000 rows in one go', () => {
  let t: TestApp;
  let body: Body;

  beforeAll(async () => {
    t = await createTestApp();
    body = await setUpBody(t);
  });
  afterAll(() => t.close());

  const api = (path: string) =>
    request(t.http).get(`/api/v1/${path}`).set(bearer(body.organiser.token)).expect(200);

  it('imports through the API with exact counts and refused lines, visible progress and bounded memory', async () => {
    await addVisitor(t, body.organiser.token, body.id, { ...STORED, tags: ['cũ'] });
    const csv = fiftyThousandCsv();
    expect(csv.rejected).toHaveLength(5);

    const before = liveHeapBytes();
    const upload = await request(t.http)
      .post(`/api/v1/organising-bodies/${body.id}/visitor-imports?filename=khach-50k.csv`)
      .set(bearer(body.organiser.token))
      .set('Content-Type', 'text/csv')
      .send(csv.file)
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
    let livePeak = 0;
    let measuredAt = 0;
    for (;;) {
      const view = (await api(`visitor-imports/${upload.body.id}`)).body as ImportView;
      seen.push(view);
      if (view.status === 'completed' || view.status === 'failed') break;
      // A full collection of this process's heap takes about 0.2 s: once a second is enough to
      // see rows piling up, which would last the whole import.
      if (Date.now() - measuredAt >= 1000) {
        livePeak = Math.max(livePeak, liveHeapBytes() - before);
        measuredAt = Date.now();
      }
      await sleep(40);
    }

    const done = seen[seen.length - 1];
    expect(done).toMatchObject({
      status: 'completed',
      failure: null,
      counts: { created: csv.created, merged: csv.merged, rejected: csv.rejected.length },
      progress: { rowsRead: ROWS, percent: 100, bytesRead: csv.file.length },
    });
    expect(done.counts).toEqual({ created: 49_992, merged: 3, rejected: 5 });

    // Progress only moves forward, and was seen part-way: the import commits batch by batch.
    for (const [previous, next] of seen.slice(1).map((view, i) => [seen[i], view])) {
      expect(next.progress.rowsRead).toBeGreaterThanOrEqual(previous.progress.rowsRead);
      expect(next.progress.percent).toBeGreaterThanOrEqual(previous.progress.percent);
      expect(next.counts.created).toBeGreaterThanOrEqual(previous.counts.created);
    }
    const partWay = seen.filter((v) => v.progress.rowsRead > 0 && v.progress.rowsRead < ROWS);
    expect(partWay.length).toBeGreaterThan(0);
    expect(partWay.every((v) => v.status === 'running' && v.progress.percent < 100)).toBe(true);

    expect(livePeak).toBeLessThan(LIVE_HEAP_BOUND_BYTES);

    const errors = await api(`visitor-imports/${done.id}/errors?pageSize=100`);
    expect(errors.body.items).toEqual(csv.rejected);
    expect(csv.rejected.map((e) => e.line)).toEqual([1_002, 17_779, 25_002, 33_335, 50_002]);

    const list = await api(`organising-bodies/${body.id}/visitors?pageSize=1`);
    expect(list.body.total).toBe(csv.created + 1);
    const one = async (email: string) =>
      (await api(`organising-bodies/${body.id}/visitors?q=${encodeURIComponent(email)}`)).body
        .items[0];
    expect(await one('khach1@example.vn')).toMatchObject({ name: 'NGUYỄN VĂN AN' });
    expect(await one('khach39999@example.vn')).toMatchObject({ tags: ['đợt 1', 'đợt 2'] });
    expect(await one(STORED.email)).toMatchObject({
      name: goodRow(45_678)[0],
      tags: ['cũ', 'đợt 1'],
      source: 'manual',
    });
    expect(await one('khach3@example.vn')).toMatchObject({
      organisation: expect.stringMatching(/^Công ty Gốm\s+Bát Tràng$/),
    });
  });
});
