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
import {
  fieldsOf,
  HA_NOI,
  PHU_NGHIA,
  SAI_GON_WARD,
  snapshot,
  villageId,
} from './support/exhibitors';

interface Route {
  name: string;
  method: 'post' | 'patch' | 'put';
  path: () => string;
  token: () => string;
  valid: () => Record<string, unknown>;
  /** A text field to send as a number and as 5,000 characters. */
  text: string;
  /** More [path, bad value, field named when not the path] particular to the route. */
  more?: [string, unknown, string?][];
}

/** Sets `value` at a dotted path ("address.communeCode"); undefined removes the key. */
function withValue(body: Record<string, unknown>, path: string, value: unknown) {
  const copy = structuredClone(body);
  const keys = path.split('.');
  let target = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  if (value === undefined) delete target[keys.at(-1)!];
  else target[keys.at(-1)!] = value;
  return copy;
}

describe('bad input on every exhibitors route: 400 naming the field, never 500, nothing written', () => {
  let t: TestApp;
  let admin: SignedIn;
  let organiser: SignedIn;
  let member: SignedIn;
  let producerId: string;
  let productId: string;
  let village: string;

  beforeAll(async () => {
    t = await createTestApp();
    producerId = await createProducer(t);
    admin = await createUser(t, Role.Admin);
    organiser = await createUser(t, Role.Organiser, { organisingBodyId: await createBody(t) });
    member = await createUser(t, Role.Producer, { producerId });
    productId = (
      await request(t.http)
        .post(`/api/v1/producers/${producerId}/products`)
        .set(bearer(member.token))
        .send({ nameVi: 'Bình gốm', category: 'Bình' })
        .expect(201)
    ).body.id;
    village = await villageId(t, 'Bát Tràng');
  });
  afterAll(() => t.close());

  const product = { nameVi: 'Bình gốm men lam', category: 'Bình, lọ', priceMin: '100000' };
  const routes: Route[] = [
    {
      name: 'PATCH /producers/:producerId',
      method: 'patch',
      path: () => `/api/v1/producers/${producerId}`,
      token: () => member.token,
      valid: () => ({
        legalNameVi: 'Công ty Gốm Bát Tràng',
        legalForm: 'enterprise',
        taxCode: '0100109106',
        address: { provinceCode: HA_NOI, communeCode: PHU_NGHIA, formerAddress: 'Gia Lâm' },
        contacts: [{ name: 'An', phone: '0912345678' }],
      }),
      text: 'legalNameVi',
      more: [
        ['taxCode', '0100233480'],
        ['taxCode', 100233488],
        ['legalForm', 'corporation'],
        ['legalForm', null],
        ['legalNameVi', null],
        ['address', 'Hà Nội'],
        ['address.provinceCode', '99'],
        ['address.communeCode', SAI_GON_WARD],
        ['address.formerAddress', 'ư'.repeat(501)],
        ['address.ward', 'Hàng Bạc'],
        ['contacts', { name: 'An' }],
        ['contacts', Array(11).fill({ name: 'An', phone: '0912345678' })],
        ['contacts.0.phone', '0712 345 678'],
        ['contacts.0.phone', 912345678],
        ['contacts.0.email', 'not-an-email'],
        ['contacts.0.extra', true],
        ['craftVillageId', 'làng'],
        ['craftCategory', 'Mây Tre'],
        ['published', 'yes'],
      ],
    },
    {
      name: 'POST /producers/:producerId/members',
      method: 'post',
      path: () => `/api/v1/producers/${producerId}/members`,
      token: () => member.token,
      valid: () => ({ email: 'new@example.vn', fullName: 'Trần Bình' }),
      text: 'fullName',
      more: [
        ['email', 'not-an-email'],
        ['email', undefined],
        ['locale', 'fr'],
        ['role', 'admin'],
      ],
    },
    {
      name: 'POST /producers/:producerId/products',
      method: 'post',
      path: () => `/api/v1/producers/${producerId}/products`,
      token: () => member.token,
      valid: () => ({ ...product, ocop: { stars: 3, expiresOn: '2027-01-31' } }),
      text: 'nameVi',
      more: [
        ['category', undefined],
        ['priceMin', -1],
        ['priceMin', '1.5'],
        ['priceMin', 1e20],
        ['priceMax', '99999', 'priceMax'],
        ['materials', 'mây'],
        ['materials', ['ư'.repeat(61)]],
        ['materials', [1, 2]],
        ['widthCm', 'rộng'],
        ['widthCm', 0],
        ['heightCm', 12.25],
        ['minOrderQuantity', 1.5],
        ['minOrderQuantity', 0],
        ['ocop', 4],
        ['ocop.stars', 6],
        ['ocop.stars', '4'],
        ['ocop.expiresOn', '31/01/2027'],
        ['ocop.expiresOn', '2027-02-30'],
        ['ocop.level', 'gold'],
        ['sampleAvailable', 'true'],
      ],
    },
    {
      name: 'PATCH /producers/:producerId/products/:productId',
      method: 'patch',
      path: () => `/api/v1/producers/${producerId}/products/${productId}`,
      token: () => member.token,
      valid: () => ({ category: 'Bình hoa', priceMin: '100000', priceMax: '200000' }),
      text: 'category',
      more: [
        ['nameVi', null],
        ['category', null],
        ['priceMax', '50', 'priceMax'],
        ['published', 1],
      ],
    },
    {
      name: 'POST /craft-villages',
      method: 'post',
      path: () => '/api/v1/craft-villages',
      token: () => organiser.token,
      valid: () => ({ name: 'Kim Lan', craftCategory: 'gom-su', provinceCode: HA_NOI }),
      text: 'name',
      more: [
        ['craftCategory', 'khong-co'],
        ['provinceCode', '99'],
        ['provinceCode', 1],
        ['communeCode', SAI_GON_WARD],
        ['communeCode', '123'],
        ['recognised', 'có'],
      ],
    },
    {
      name: 'PATCH /craft-villages/:villageId',
      method: 'patch',
      path: () => `/api/v1/craft-villages/${village}`,
      token: () => organiser.token,
      valid: () => ({ recognised: true }),
      text: 'name',
      more: [
        ['name', null],
        ['communeCode', SAI_GON_WARD],
        ['communeCode', '99999'],
        ['craftCategory', 'khong-co'],
      ],
    },
    {
      name: 'PUT /reference/provinces/:provinceCode',
      method: 'put',
      path: () => '/api/v1/reference/provinces/02',
      token: () => admin.token,
      valid: () => ({ name: 'Tỉnh Tuyên Quang' }),
      text: 'name',
      more: [['name', '']],
    },
    {
      name: 'PUT /reference/communes/:communeCode',
      method: 'put',
      path: () => '/api/v1/reference/communes/54321',
      token: () => admin.token,
      valid: () => ({ provinceCode: HA_NOI, name: 'Xã Kim Lan', kind: 'commune' }),
      text: 'name',
      more: [
        ['provinceCode', '98'],
        ['kind', 'district'],
      ],
    },
    {
      name: 'PUT /reference/craft-categories/:craftCode',
      method: 'put',
      path: () => '/api/v1/reference/craft-categories/gom-kim-lan',
      token: () => admin.token,
      valid: () => ({ nameVi: 'Gốm Kim Lan' }),
      text: 'nameVi',
      more: [['nameEn', 7]],
    },
  ];

  const send = (route: Route) =>
    request(t.http)[route.method](route.path()).set(bearer(route.token()));

  it.each(routes.map((route) => [route.name, route] as const))('%s', async (_name, route) => {
    const before = await snapshot(t);
    const expectField = async (body: string | object, field: string) => {
      const response = await send(route)
        .set('Content-Type', 'application/json')
        .send(typeof body === 'string' ? body : JSON.stringify(body));
      expect({ body, status: response.status, fields: fieldsOf(response) }).toEqual({
        body,
        status: 400,
        fields: expect.arrayContaining([field]),
      });
    };
    await expectField('{"name": ', 'body');
    await expectField({ ...route.valid(), isAdmin: true }, 'isAdmin');
    await expectField({ ...route.valid(), [route.text]: 12345 }, route.text);
    await expectField({ ...route.valid(), [route.text]: 'ư'.repeat(5000) }, route.text);
    await expectField({ ...route.valid(), [route.text]: 'a\u0000b' }, route.text);
    for (const [path, value, field] of route.more ?? [])
      await expectField(
        withValue(route.valid(), path, value),
        field ?? path.split('.').slice(0, 3).join('.'),
      );
    expect(await snapshot(t)).toEqual(before);
    // the valid body is accepted, so the refusals above were for the named reasons
    const accepted = await send(route).send(route.valid());
    expect(accepted.status).toBeLessThan(300);
  });

  it('bad ids, codes and query strings are 400s naming them', async () => {
    const get = (path: string, token = organiser.token) =>
      request(t.http).get(path).set(bearer(token));
    const cases: [string, string][] = [
      [`/api/v1/producers/${producerId}/products/not-a-uuid`, 'productId'],
      [`/api/v1/producers/nope/products`, 'producerId'],
      [`/api/v1/producers/${producerId}/products/${productId}/photos/x`, 'photoId'],
      ['/api/v1/craft-villages/abc', 'villageId'],
      ['/api/v1/reference/provinces/1/communes', 'provinceCode'],
      ['/api/v1/producers?page=0', 'page'],
      ['/api/v1/producers?pageSize=1000', 'pageSize'],
      [`/api/v1/producers?q=${'a'.repeat(101)}`, 'q'],
      ['/api/v1/producers?published=maybe', 'published'],
      ['/api/v1/producers?craftVillageId=1', 'craftVillageId'],
      ['/api/v1/producers?sort=name', 'sort'],
      ['/api/v1/products?producerId=x', 'producerId'],
      ['/api/v1/products?sampleAvailable=1', 'sampleAvailable'],
      ['/api/v1/craft-villages?recognised=x', 'recognised'],
      ['/api/v1/craft-villages?provinceCode=HN', 'provinceCode'],
    ];
    for (const [path, field] of cases) {
      const response = await get(path);
      expect({ path, status: response.status, fields: fieldsOf(response) }).toEqual({
        path,
        status: 400,
        fields: expect.arrayContaining([field]),
      });
    }
    const badCode = await request(t.http)
      .put('/api/v1/reference/craft-categories/Gốm Sứ')
      .set(bearer(admin.token))
      .send({ nameVi: 'Gốm' });
    expect([badCode.status, fieldsOf(badCode)]).toEqual([400, ['craftCode']]);
    const badCommune = await request(t.http)
      .put('/api/v1/reference/communes/1')
      .set(bearer(admin.token))
      .send({ provinceCode: HA_NOI, name: 'X', kind: 'ward' });
    expect([badCommune.status, fieldsOf(badCommune)]).toEqual([400, ['communeCode']]);
  });

  it('a photo upload with a JSON body instead of a file is refused as the wrong type (415)', async () => {
    const path = `/api/v1/producers/${producerId}/products/${productId}/photos`;
    const before = await snapshot(t);
    const post = () => request(t.http).post(path).set(bearer(member.token));
    const cases: [() => request.Test, number, string][] = [
      [() => post().set('Content-Type', 'application/json').send('{"photo": '), 400, 'body'],
      [() => post().send({ photo: 'data:image/jpeg;base64,/9j/' }), 415, 'content-type'],
      [() => post().send({ caption: 'Mặt trước' }), 415, 'content-type'],
      [() => post().send({ caption: 5 }), 415, 'content-type'],
      [
        () => post().set('Content-Type', 'multipart/form-data; boundary=x').send('garbage'),
        400,
        'photo',
      ],
    ];
    for (const [make, status, field] of cases) {
      const response = await make();
      expect({ field, status: response.status, fields: fieldsOf(response) }).toEqual({
        field,
        status,
        fields: expect.arrayContaining([field]),
      });
    }
    expect(await snapshot(t)).toEqual(before);
  });
});
