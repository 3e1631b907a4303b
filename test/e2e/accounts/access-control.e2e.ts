import request from 'supertest';
import { Role } from '@hoicho/platform';
import {
  bearer,
  createBody,
  createProducer,
  createTestApp,
  createUser,
  SignedIn,
  TestApp,
} from '../../support/test-app';

describe('object-level access: producers and organising bodies are reachable only by their own people', () => {
  let t: TestApp;
  let bodyX: string;
  let bodyY: string;
  let producerA: string;
  let producerB: string;
  let organiserX: SignedIn;
  let organiserY: SignedIn;
  let gateX: SignedIn;
  let memberA: SignedIn;
  let memberB: SignedIn;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await createTestApp();
    [bodyX, bodyY, producerA, producerB] = await Promise.all([
      createBody(t),
      createBody(t),
      createProducer(t, 'A'),
      createProducer(t, 'B'),
    ]);
    organiserX = await createUser(t, Role.Organiser, { organisingBodyId: bodyX });
    organiserY = await createUser(t, Role.Organiser, { organisingBodyId: bodyY });
    gateX = await createUser(t, Role.GateStaff, { organisingBodyId: bodyX });
    memberA = await createUser(t, Role.Producer, { producerId: producerA });
    memberB = await createUser(t, Role.Producer, { producerId: producerB });
    admin = await createUser(t, Role.Admin);
  });
  afterAll(() => t.close());

  it('a producer member reads and changes only its own producer', async () => {
    await request(t.http)
      .get(`/api/v1/producers/${producerA}`)
      .set(bearer(memberA.token))
      .expect(200);
    await request(t.http)
      .get(`/api/v1/producers/${producerA}/members`)
      .set(bearer(memberA.token))
      .expect(200);
    await request(t.http)
      .get(`/api/v1/producers/${producerA}`)
      .set(bearer(memberB.token))
      .expect(404);
    await request(t.http)
      .get(`/api/v1/producers/${producerA}/members`)
      .set(bearer(memberB.token))
      .expect(404);
    await request(t.http)
      .patch(`/api/v1/producers/${producerA}`)
      .set(bearer(memberB.token))
      .send({ legalNameVi: 'Chiếm quyền' })
      .expect(404);
    const [row] = await t.dataSource.query('SELECT legal_name_vi FROM producers WHERE id = $1', [
      producerA,
    ]);
    expect(row.legal_name_vi).toBe('A');
    await request(t.http)
      .patch(`/api/v1/producers/${producerA}`)
      .set(bearer(memberA.token))
      .send({ legalNameVi: 'HTX Gốm Bát Tràng' })
      .expect(200);
  });

  it('organisers may read producers (they review applications) but never change them', async () => {
    await request(t.http)
      .get(`/api/v1/producers/${producerA}`)
      .set(bearer(organiserX.token))
      .expect(200);
    await request(t.http)
      .patch(`/api/v1/producers/${producerA}`)
      .set(bearer(organiserX.token))
      .send({ legalNameVi: 'x' })
      .expect(403);
  });

  it('an organiser cannot touch another organising body through any route that takes its id', async () => {
    const [failed] = await t.dataSource.query(
      `INSERT INTO outbox_messages (dedupe_key, organising_body_id, recipient, locale, template, status, attempts, max_attempts, last_error)
       VALUES ('access-test', $1, 'buyer@example.com', 'vi', 'account.reset-password', 'failed', 1, 3, '550 no such user') RETURNING id`,
      [bodyX],
    );
    const routes: [string, string, object?][] = [
      ['get', `/api/v1/organising-bodies/${bodyX}`],
      ['get', `/api/v1/organising-bodies/${bodyX}/users`],
      [
        'post',
        `/api/v1/organising-bodies/${bodyX}/users`,
        { email: 'x@example.vn', fullName: 'X', role: 'gate_staff' },
      ],
      ['get', `/api/v1/organising-bodies/${bodyX}/messages`],
      ['get', `/api/v1/organising-bodies/${bodyX}/messages/totals`],
      ['post', `/api/v1/organising-bodies/${bodyX}/messages/${failed.id}/resend`],
    ];
    for (const [method, path, body] of routes) {
      const call = request(t.http)[method as 'get' | 'post'](path).set(bearer(organiserY.token));
      const response = body ? await call.send(body) : await call;
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      const own = request(t.http)[method as 'get' | 'post'](path).set(bearer(organiserX.token));
      const ownResponse = body
        ? await own.send({ ...body, email: `own-${Date.now()}@example.vn` })
        : await own;
      expect({ path, status: ownResponse.status }).not.toEqual({ path, status: 404 });
    }
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM users WHERE email = 'x@example.vn'`,
    );
    expect(n).toBe(0);
  });

  it('lists only the caller’s own body; only admins create bodies', async () => {
    const listed = await request(t.http)
      .get('/api/v1/organising-bodies')
      .set(bearer(organiserX.token))
      .expect(200);
    expect(listed.body.map((b: { id: string }) => b.id)).toEqual([bodyX]);
    await request(t.http)
      .get(`/api/v1/organising-bodies/${bodyX}`)
      .set(bearer(gateX.token))
      .expect(200);
    await request(t.http)
      .get(`/api/v1/organising-bodies/${bodyX}/users`)
      .set(bearer(gateX.token))
      .expect(403);
    await request(t.http)
      .post('/api/v1/organising-bodies')
      .set(bearer(organiserX.token))
      .send({ code: 'abc', nameVi: 'Abc' })
      .expect(403);
    await request(t.http)
      .post('/api/v1/organising-bodies')
      .set(bearer(admin.token))
      .send({ code: 'trung-tam-khuyen-cong', nameVi: 'Trung tâm Khuyến công' })
      .expect(201);
    const all = await request(t.http)
      .get('/api/v1/organising-bodies')
      .set(bearer(admin.token))
      .expect(200);
    expect(all.body.length).toBe(3);
  });

  it('an organiser adds gate staff to their body, who get an email to set a password', async () => {
    const added = await request(t.http)
      .post(`/api/v1/organising-bodies/${bodyX}/users`)
      .set(bearer(organiserX.token))
      .send({ email: 'Cong.Vao@Example.vn', fullName: 'Trần Văn Cổng', role: 'gate_staff' })
      .expect(201);
    expect(added.body).toMatchObject({ email: 'cong.vao@example.vn', role: 'gate_staff' });
    const mail = await t.mailbox.waitFor((all) =>
      all.some((m) => m.envelopeTo.includes('cong.vao@example.vn')),
    );
    expect(mail.find((m) => m.envelopeTo.includes('cong.vao@example.vn'))!.text).toContain(
      '/account/reset-password?token=',
    );
    await request(t.http)
      .post(`/api/v1/organising-bodies/${bodyX}/users`)
      .set(bearer(organiserX.token))
      .send({ email: 'boss@example.vn', fullName: 'Sếp', role: 'admin' })
      .expect(400)
      .expect((r) => expect(r.body.fields[0].field).toBe('role'));
  });
});
