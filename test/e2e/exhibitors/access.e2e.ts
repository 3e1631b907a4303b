import { rmSync } from 'node:fs';
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
import { as, JPEG, snapshot, tempStorageDir, villageId } from './support/exhibitors';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
interface Route {
  method: Method;
  path: string;
  body?: object;
  photo?: boolean;
}

describe('object-level access on every exhibitors route', () => {
  let t: TestApp;
  let storageDir: string;
  let producerA: string;
  let producerB: string;
  let memberA: SignedIn;
  let memberB: SignedIn;
  let organiser: SignedIn;
  let gate: SignedIn;
  let admin: SignedIn;
  let productA: string;
  let photoA: string;
  let productB: string;

  beforeAll(async () => {
    storageDir = tempStorageDir();
    t = await createTestApp({ STORAGE_DIR: storageDir });
    [producerA, producerB] = await Promise.all([
      createProducer(t, 'HTX A'),
      createProducer(t, 'HTX B'),
    ]);
    const bodyId = await createBody(t);
    memberA = await createUser(t, Role.Producer, { producerId: producerA });
    memberB = await createUser(t, Role.Producer, { producerId: producerB });
    organiser = await createUser(t, Role.Organiser, { organisingBodyId: bodyId });
    gate = await createUser(t, Role.GateStaff, { organisingBodyId: bodyId });
    admin = await createUser(t, Role.Admin);
    const product = { nameVi: 'Giỏ mây', category: 'Giỏ' };
    productA = (await as(t, memberA.token).post(productsOf(producerA), product).expect(201)).body
      .id;
    productB = (await as(t, memberB.token).post(productsOf(producerB), product).expect(201)).body
      .id;
    photoA = (
      await request(t.http)
        .post(`${productsOf(producerA)}/${productA}/photos`)
        .set(bearer(memberA.token))
        .attach('photo', JPEG, { filename: 'a.jpg', contentType: 'image/jpeg' })
        .expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await t.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  const productsOf = (producerId: string) => `/api/v1/producers/${producerId}/products`;

  /** Every route that takes producer A's id (and A's product and photo ids). */
  const producerRoutes = (): { read: Route[]; write: Route[] } => {
    const product = `${productsOf(producerA)}/${productA}`;
    return {
      read: [
        { method: 'get', path: `/api/v1/producers/${producerA}` },
        { method: 'get', path: `/api/v1/producers/${producerA}/members` },
        { method: 'get', path: productsOf(producerA) },
        { method: 'get', path: product },
        { method: 'get', path: `${product}/photos/${photoA}` },
      ],
      write: [
        { method: 'patch', path: `/api/v1/producers/${producerA}`, body: { legalNameVi: 'X' } },
        {
          method: 'post',
          path: `/api/v1/producers/${producerA}/members`,
          body: { email: 'new.member@example.vn', fullName: 'Người mới' },
        },
        { method: 'post', path: productsOf(producerA), body: { nameVi: 'X', category: 'Y' } },
        { method: 'patch', path: product, body: { nameVi: 'Chiếm quyền' } },
        { method: 'post', path: `${product}/photos`, photo: true },
        { method: 'delete', path: `${product}/photos/${photoA}` },
        { method: 'delete', path: product },
      ],
    };
  };

  function call(route: Route, token?: string) {
    let req = request(t.http)[route.method](route.path);
    if (token) req = req.set(bearer(token));
    if (route.photo)
      return req.attach('photo', JPEG, { filename: 'x.jpg', contentType: 'image/jpeg' });
    return route.body ? req.send(route.body) : req;
  }

  async function expectStatus(routes: Route[], token: string | undefined, status: number) {
    for (const route of routes) {
      const response = await call(route, token);
      expect({ route: `${route.method} ${route.path}`, status: response.status }).toEqual({
        route: `${route.method} ${route.path}`,
        status,
      });
    }
  }

  it('producer B reaches none of A’s routes (404, as if they did not exist) and writes nothing', async () => {
    const before = await snapshot(t);
    const { read, write } = producerRoutes();
    await expectStatus([...read, ...write], memberB.token, 404);
    expect(await snapshot(t)).toEqual(before);
  });

  it('a product or photo id is only found under its own producer', async () => {
    const before = await snapshot(t);
    const foreign = `${productsOf(producerB)}/${productA}`;
    await expectStatus(
      [
        { method: 'get', path: foreign },
        { method: 'patch', path: foreign, body: { nameVi: 'X' } },
        { method: 'delete', path: foreign },
        { method: 'post', path: `${foreign}/photos`, photo: true },
        { method: 'get', path: `${foreign}/photos/${photoA}` },
        { method: 'get', path: `${productsOf(producerB)}/${productB}/photos/${photoA}` },
        { method: 'delete', path: `${productsOf(producerB)}/${productB}/photos/${photoA}` },
      ],
      memberB.token,
      404,
    );
    expect(await snapshot(t)).toEqual(before);
    const list = await as(t, memberB.token).get(productsOf(producerB)).expect(200);
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([productB]);
  });

  it('organisers read every producer’s public profile and catalogue but change nothing (403)', async () => {
    const before = await snapshot(t);
    const { read, write } = producerRoutes();
    // Members are private until the producer applies to one of the organiser's fairs.
    const members = `/api/v1/producers/${producerA}/members`;
    await expectStatus(
      read.filter((r) => r.path !== members),
      organiser.token,
      200,
    );
    await expectStatus([{ method: 'get', path: members }], organiser.token, 404);
    await expectStatus(write, organiser.token, 403);
    await expectStatus(read, gate.token, 403);
    expect(await snapshot(t)).toEqual(before);
  });

  it('without a token every route answers 401', async () => {
    const before = await snapshot(t);
    const { read, write } = producerRoutes();
    const village = await villageId(t, 'Bát Tràng');
    const global: Route[] = [
      { method: 'get', path: '/api/v1/producers' },
      { method: 'get', path: '/api/v1/products' },
      { method: 'get', path: '/api/v1/reference/provinces' },
      { method: 'get', path: '/api/v1/reference/provinces/01/communes' },
      { method: 'get', path: '/api/v1/reference/craft-categories' },
      { method: 'put', path: '/api/v1/reference/provinces/02', body: { name: 'Hà Giang' } },
      {
        method: 'put',
        path: '/api/v1/reference/communes/12345',
        body: { provinceCode: '01', name: 'Xã Mới', kind: 'commune' },
      },
      { method: 'put', path: '/api/v1/reference/craft-categories/gom', body: { nameVi: 'Gốm' } },
      { method: 'get', path: '/api/v1/craft-villages' },
      { method: 'get', path: `/api/v1/craft-villages/${village}` },
      {
        method: 'post',
        path: '/api/v1/craft-villages',
        body: { name: 'Mới', craftCategory: 'gom-su', provinceCode: '01' },
      },
      { method: 'patch', path: `/api/v1/craft-villages/${village}`, body: { recognised: false } },
    ];
    await expectStatus([...read, ...write, ...global], undefined, 401);
    expect(await snapshot(t)).toEqual(before);
  });

  it('lists of all producers and products are for organisers and admins', async () => {
    await as(t, memberA.token).get('/api/v1/producers').expect(403);
    await as(t, memberA.token).get('/api/v1/products').expect(403);
    const producers = await as(t, organiser.token).get('/api/v1/producers').expect(200);
    expect(producers.body.total).toBe(2);
    const products = await as(t, admin.token).get(`/api/v1/products?producerId=${producerB}`);
    expect(products.body.items.map((p: { id: string }) => p.id)).toEqual([productB]);
  });

  it('reference data: everyone signed in reads, admins write; villages also organisers', async () => {
    const before = await snapshot(t);
    for (const token of [memberA.token, gate.token])
      await as(t, token).get('/api/v1/reference/craft-categories').expect(200);
    const village = await villageId(t, 'Bát Tràng');
    const adminOnly: Route[] = [
      { method: 'put', path: '/api/v1/reference/provinces/02', body: { name: 'Hà Giang' } },
      {
        method: 'put',
        path: '/api/v1/reference/communes/12345',
        body: { provinceCode: '01', name: 'Xã Mới', kind: 'commune' },
      },
      { method: 'put', path: '/api/v1/reference/craft-categories/gom', body: { nameVi: 'Gốm' } },
    ];
    const villageRoutes: Route[] = [
      {
        method: 'post',
        path: '/api/v1/craft-villages',
        body: { name: 'Mới', craftCategory: 'gom-su', provinceCode: '01' },
      },
      { method: 'patch', path: `/api/v1/craft-villages/${village}`, body: { recognised: false } },
    ];
    await expectStatus(adminOnly, organiser.token, 403);
    await expectStatus([...adminOnly, ...villageRoutes], memberA.token, 403);
    expect(await snapshot(t)).toEqual(before);
    await as(t, admin.token)
      .put('/api/v1/reference/provinces/02', { name: 'Tỉnh Tuyên Quang' })
      .expect(200);
    await as(t, admin.token)
      .put('/api/v1/reference/communes/12345', {
        provinceCode: '02',
        name: 'Xã Mới',
        kind: 'commune',
      })
      .expect(200);
    const renamed = await as(t, admin.token)
      .put('/api/v1/reference/craft-categories/gom-su', { nameVi: 'Gốm sứ', nameEn: 'Pottery' })
      .expect(200);
    expect(renamed.body).toEqual({ code: 'gom-su', nameVi: 'Gốm sứ', nameEn: 'Pottery' });
    const created = await as(t, organiser.token)
      .post('/api/v1/craft-villages', {
        name: 'Thổ Hà',
        craftCategory: 'gom-su',
        provinceCode: '02',
        communeCode: '12345',
        recognised: true,
      })
      .expect(201);
    expect(created.body).toMatchObject({ name: 'Thổ Hà', communeCode: '12345', recognised: true });
    const duplicate = await as(t, organiser.token)
      .post('/api/v1/craft-villages', {
        name: 'THỔ HÀ',
        craftCategory: 'gom-su',
        provinceCode: '02',
      })
      .expect(409);
    expect(duplicate.body.fields[0].field).toBe('name');
    await as(t, organiser.token)
      .patch(`/api/v1/craft-villages/${village}`, { recognised: false })
      .expect(200);
  });
});
