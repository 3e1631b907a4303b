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

interface Route {
  method: 'post' | 'patch';
  path: () => string;
  token?: () => string;
  valid: Record<string, unknown>;
  /** A string field to make over-long, and an email field when the route has one. */
  text: string;
  email?: string;
}

describe('bad input on every route: 400 naming the field, never 500, nothing written', () => {
  let t: TestApp;
  let admin: SignedIn;
  let organiser: SignedIn;
  let member: SignedIn;
  let bodyId: string;
  let producerId: string;

  beforeAll(async () => {
    t = await createTestApp({
      RATE_LIMIT_SIGNUP_PER_HOUR: '1000',
      RATE_LIMIT_LOGIN_PER_MINUTE: '1000',
      RATE_LIMIT_RESET_PER_HOUR: '1000',
    });
    bodyId = await createBody(t);
    producerId = await createProducer(t);
    admin = await createUser(t, Role.Admin);
    organiser = await createUser(t, Role.Organiser, { organisingBodyId: bodyId });
    member = await createUser(t, Role.Producer, { producerId });
  });
  afterAll(() => t.close());

  const routes: Route[] = [
    {
      method: 'post',
      path: () => '/api/v1/producers/sign-up',
      valid: { email: 'a@b.vn', password: '0123456789', fullName: 'An', producerName: 'HTX' },
      text: 'producerName',
      email: 'email',
    },
    {
      method: 'post',
      path: () => '/api/v1/auth/login',
      valid: { email: 'a@b.vn', password: 'x' },
      text: 'password',
      email: 'email',
    },
    {
      method: 'post',
      path: () => '/api/v1/auth/verify-email',
      valid: { token: 'x'.repeat(43) },
      text: 'token',
    },
    {
      method: 'post',
      path: () => '/api/v1/auth/password-reset',
      valid: { email: 'a@b.vn' },
      text: 'email',
      email: 'email',
    },
    {
      method: 'post',
      path: () => '/api/v1/auth/password-reset/confirm',
      valid: { token: 'x'.repeat(43), password: '0123456789' },
      text: 'password',
    },
    {
      method: 'post',
      path: () => '/api/v1/organising-bodies',
      token: () => admin.token,
      valid: { code: 'abc', nameVi: 'Abc' },
      text: 'nameVi',
      email: 'email',
    },
    {
      method: 'post',
      path: () => `/api/v1/organising-bodies/${bodyId}/users`,
      token: () => organiser.token,
      valid: { email: 'g@b.vn', fullName: 'G', role: 'gate_staff' },
      text: 'fullName',
      email: 'email',
    },
    {
      method: 'patch',
      path: () => `/api/v1/producers/${producerId}`,
      token: () => member.token,
      valid: { legalNameVi: 'HTX' },
      text: 'legalNameVi',
    },
  ];

  async function counts() {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM producers)::int AS producers,
              (SELECT count(*) FROM organising_bodies)::int AS bodies, (SELECT count(*) FROM outbox_messages)::int AS messages,
              (SELECT string_agg(legal_name_vi, ',') FROM producers) AS names`,
    );
    return row;
  }

  function send(route: Route) {
    const call = request(t.http)[route.method](route.path());
    return route.token ? call.set(bearer(route.token())) : call;
  }

  it.each(
    routes.map((r) => [
      `${r.method.toUpperCase()} ${r.path
        .toString()
        .match(/'([^']+)'|`([^`]+)`/)
        ?.slice(1)
        .find(Boolean)}`,
      r,
    ]),
  )('%s', async (_name, route: Route) => {
    const before = await counts();
    const expectField = async (
      body: string | object,
      field: string,
      contentType = 'application/json',
    ) => {
      const response = await send(route)
        .set('Content-Type', contentType)
        .send(typeof body === 'string' ? body : JSON.stringify(body));
      expect(response.status).toBe(400);
      expect(response.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    };
    await expectField('{"email": ', 'body');
    await expectField({ ...route.valid, isAdmin: true }, 'isAdmin');
    await expectField({ ...route.valid, [route.text]: 12345 }, route.text);
    await expectField({ ...route.valid, [route.text]: 'ư'.repeat(5000) }, route.text);
    if (route.email)
      await expectField({ ...route.valid, [route.email]: 'not-an-email' }, route.email);
    expect(await counts()).toEqual(before);
  });

  it('rejects a malformed id in the path with 400 naming it', async () => {
    const response = await request(t.http)
      .get('/api/v1/producers/not-a-uuid')
      .set(bearer(member.token))
      .expect(400);
    expect(response.body.fields).toEqual([{ field: 'producerId', message: 'must be a UUID' }]);
  });
});
