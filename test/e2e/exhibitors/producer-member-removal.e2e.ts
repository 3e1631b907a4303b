import request from 'supertest';
import { Role } from '@hoicho/platform';
import {
  createProducer,
  createTestApp,
  createUser,
  SignedIn,
  TestApp,
} from '../../support/test-app';
import { as, fieldsOf } from './support/exhibitors';

describe('removing a producer member', () => {
  let t: TestApp;
  let producerId: string;
  let owner: SignedIn;
  const members = (producer = producerId) => `/api/v1/producers/${producer}/members`;

  beforeAll(async () => {
    t = await createTestApp();
    producerId = await createProducer(t, 'HTX Mây tre Bớt Thành Viên');
    owner = await createUser(t, Role.Producer, { producerId });
  });
  afterAll(() => t.close());

  it('disables the account: its session ends, it cannot sign in, and it leaves the list', async () => {
    const leaver = await createUser(t, Role.Producer, { producerId }, 'mot mat khau dai du');
    await as(t, leaver.token).get(members()).expect(200);

    await as(t, owner.token).delete(`${members()}/${leaver.id}`).expect(204);

    await as(t, leaver.token).get(members()).expect(401);
    await request(t.http)
      .post('/api/v1/auth/login')
      .send({ email: leaver.email, password: 'mot mat khau dai du' })
      .expect(401);
    const listed = await as(t, owner.token).get(members()).expect(200);
    expect(listed.body.map((m: { email: string }) => m.email)).toEqual([owner.email]);
    // Removing again finds no member to remove.
    await as(t, owner.token).delete(`${members()}/${leaver.id}`).expect(404);
  });

  it('refuses a member removing themselves, naming the field', async () => {
    const response = await as(t, owner.token).delete(`${members()}/${owner.id}`).expect(409);
    expect(response.body.code).toBe('cannot_remove_self');
    expect(fieldsOf(response)).toEqual(['userId']);
    await as(t, owner.token).get(members()).expect(200);
  });

  it('cannot reach another producer’s member, by their producer or by its own', async () => {
    const otherProducer = await createProducer(t, 'HTX Gốm Người Khác');
    const stranger = await createUser(t, Role.Producer, { producerId: otherProducer });
    await as(t, owner.token)
      .delete(`${members(otherProducer)}/${stranger.id}`)
      .expect(404);
    await as(t, owner.token).delete(`${members()}/${stranger.id}`).expect(404);
    await as(t, stranger.token).get(members(otherProducer)).expect(200);
  });

  it('refuses an id that is not a uuid, naming it', async () => {
    const response = await as(t, owner.token).delete(`${members()}/not-a-uuid`).expect(400);
    expect(fieldsOf(response)).toEqual(['userId']);
  });
});
