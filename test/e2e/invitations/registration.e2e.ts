import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { bearer, createTestApp, TestApp } from '../../support/test-app';
import { Body, createFair, mailsTo, received, setUpBody, sleep } from './support/invitations';

describe('public self-registration: only for a fair announced to the public', () => {
  let t: TestApp;
  let body: Body;

  beforeAll(async () => {
    t = await createTestApp();
    body = await setUpBody(t);
  });
  afterAll(() => t.close());

  const register = (fairId: string, email: string) =>
    request(t.http)
      .post(`/api/v1/public/fairs/${fairId}/registrations`)
      .send({ name: 'Phạm Quốc Bảo', email });

  /** The error body without the per-request id, to compare two answers. */
  const errorOf = (response: request.Response) => {
    const { requestId: _requestId, ...rest } = response.body as Record<string, unknown>;
    return rest;
  };

  const tracesOf = async (fairId: string, email: string) => ({
    visitors: (
      await t.dataSource.query('SELECT count(*)::int AS n FROM visitors WHERE email = $1', [email])
    )[0].n,
    lists: (
      await t.dataSource.query('SELECT count(*)::int AS n FROM campaigns WHERE fair_id = $1', [
        fairId,
      ])
    )[0].n,
  });

  it('answers a draft or cancelled fair exactly as an unknown one, and keeps nothing', async () => {
    const unknown = await register(randomUUID(), 'bao.pham@example.vn').expect(404);
    expect(errorOf(unknown)).toMatchObject({ statusCode: 404, code: 'not_found' });

    const draftId = await createFair(t, body.organiser.token, body.id, {}, 'draft');
    const draft = await register(draftId, 'bao.pham@example.vn').expect(404);
    expect(errorOf(draft)).toEqual(errorOf(unknown));

    const cancelledId = await createFair(t, body.organiser.token, body.id, {}, 'draft');
    await request(t.http)
      .post(`/api/v1/fairs/${cancelledId}/status`)
      .set(bearer(body.organiser.token))
      .send({ to: 'cancelled', reason: 'Hoãn vì bão' })
      .expect(200);
    const cancelled = await register(cancelledId, 'bao.pham@example.vn').expect(404);
    expect(errorOf(cancelled)).toEqual(errorOf(unknown));

    expect(await tracesOf(draftId, 'bao.pham@example.vn')).toEqual({ visitors: 0, lists: 0 });
    expect(await tracesOf(cancelledId, 'bao.pham@example.vn')).toEqual({ visitors: 0, lists: 0 });
    await sleep(500);
    expect(received(t, 'bao.pham@example.vn')).toHaveLength(0);
  });

  it('takes sign-ups once the same fair is opened', async () => {
    const fairId = await createFair(t, body.organiser.token, body.id, {}, 'draft');
    await register(fairId, 'lan.do@example.vn').expect(404);

    for (const [path, payload] of [
      ['zones', { code: 'gom-su', nameVi: 'Gốm sứ', hall: 'Nhà A' }],
      ['booth-types', { code: 'goc', nameVi: 'Gian góc', widthM: 3, depthM: 3, price: '1' }],
      ['status', { to: 'open' }],
    ] as const) {
      await request(t.http)
        .post(`/api/v1/fairs/${fairId}/${path}`)
        .set(bearer(body.organiser.token))
        .send(payload)
        .expect((r) => expect([200, 201]).toContain(r.status));
    }
    await register(fairId, 'lan.do@example.vn').expect(202);
    const [mail] = await mailsTo(t, 'lan.do@example.vn', 1);
    expect(mail.subject).toBe('Vé tham dự Hội chợ Làng nghề Hà Nội 2027');

    // The segment (buyer, press, vip) is the organiser's to set: the form refuses it, naming it.
    const vip = await request(t.http)
      .post(`/api/v1/public/fairs/${fairId}/registrations`)
      .send({ name: 'Khách Tự Xưng', email: 'vip@example.vn', segment: 'vip' })
      .expect(400);
    expect(vip.body.fields).toEqual([expect.objectContaining({ field: 'segment' })]);
    expect(await tracesOf(fairId, 'vip@example.vn')).toMatchObject({ visitors: 0 });
    const [{ segment }] = await t.dataSource.query(
      'SELECT segment FROM visitors WHERE email = $1',
      ['lan.do@example.vn'],
    );
    expect(segment).toBe('public');
  });
});
