import request from 'supertest';
import { CatalogueCache } from '@hoicho/showcases';
import { createTestApp, TestApp } from '../../support/test-app';
import { tempStorageDir } from '../exhibitors/support/exhibitors';
import {
  buildCatalogueWorld,
  placeBooths,
  CatalogueWorld,
  DECLARED_VALUE,
  FEE,
  REVIEW_NOTE,
} from './support/catalogue-world';
import {
  as,
  createFairAt,
  fieldsOf,
  formToken,
  setFairStatus,
  villageId,
} from './support/showcases';

describe('public catalogue: no login, published fairs and what producers published', () => {
  let t: TestApp;
  let w: CatalogueWorld;
  const pub = () => as(t);
  const api = () => `/api/v1/catalogue/fairs/${w.fair.fairId}`;
  const names = (response: request.Response) =>
    response.body.items.map((i: { name: string }) => i.name);
  const search = async (query: string) => {
    t.app.get(CatalogueCache).clear();
    return pub().get(`${api()}/products?${query}`).expect(200);
  };

  beforeAll(async () => {
    t = await createTestApp({ STORAGE_DIR: tempStorageDir() });
    w = await buildCatalogueWorld(t);
  });
  afterAll(() => t.close());

  it('"bat trang gom" finds Bát Tràng gốm: diacritics, đ/Đ and case ignored, producer and village words count', async () => {
    expect(names(await search('q=bat trang gom'))).toEqual([
      'Ấm trà Bát Tràng gốm',
      'Bình gốm men lam',
    ]);
    expect(names(await search('q=BÁT%20TRÀNG%20GỐM'))).toHaveLength(2);
    expect(names(await search('q=den may'))).toEqual(['Chao đèn mây']);
    // "dang" finds Đặng (đ maps to d), "dinh cong" the village of the silver producer.
    expect(names(await search('q=dang'))).toEqual(['Vòng bạc chạm']);
    expect(names(await search('q=dinh cong bac'))).toEqual(['Vòng bạc chạm']);
    expect((await search(`q=${encodeURIComponent('%')}`)).body.total).toBe(0);

    const exhibitors = await pub().get(`${api()}/exhibitors?q=bat trang gom`).expect(200);
    expect(exhibitors.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(exhibitors.body.items[0]).toEqual({
      id: w.producers.gom.id,
      name: 'Xưởng gốm Minh Long',
      nameVi: 'Xưởng gốm Minh Long',
      nameEn: 'Minh Long Pottery',
      village: { id: expect.any(String), name: 'Bát Tràng' },
      craft: { code: 'gom-su', name: 'Gốm sứ' },
      boothCodes: [],
      productCount: 2,
    });
  });

  it('shows only published producers’ published products of the fair’s exhibitors', async () => {
    const all = await search('pageSize=100');
    expect(names(all).sort()).toEqual(
      [
        'Bình gốm men lam',
        'Ấm trà Bát Tràng gốm',
        'Chao đèn mây',
        'Giỏ đan tre',
        'Vòng bạc chạm',
      ].sort(),
    );
    const directory = await pub().get(`${api()}/exhibitors?pageSize=100`).expect(200);
    expect(names(directory)).toEqual([
      'Cơ sở bạc Đặng Văn Định',
      'HTX Mây tre đan Phú Vinh',
      'Xưởng gốm Minh Long',
    ]);
    for (const id of [w.products.unpublished, w.products.secret, w.products.outside]) {
      await pub().get(`${api()}/products/${id}`).expect(404);
    }
    await pub().get(`${api()}/exhibitors/${w.producers.hidden.id}`).expect(404);
    await pub().get(`${api()}/exhibitors/${w.producers.outsider.id}`).expect(404);
  });

  it('filters by village, craft, material, OCOP stars and price range, ignoring diacritics', async () => {
    const gom = ['Ấm trà Bát Tràng gốm', 'Bình gốm men lam'];
    expect(names(await search('village=bat trang'))).toEqual(gom);
    const village = (await search('village=bat trang')).body.items[0].producer.village.id;
    expect(names(await search(`village=${village}`))).toEqual(gom);
    expect(names(await search('craft=gom su'))).toEqual(gom);
    expect(names(await search('craft=gom-su'))).toEqual(gom);
    expect(names(await search('craft=ceramics'))).toEqual(gom);
    expect(names(await search('village=nowhere'))).toEqual([]);
    expect(names(await search('material=may'))).toEqual(['Chao đèn mây']);
    expect(names(await search('material=DAT SET'))).toEqual(gom);
    expect(names(await search('material=tre'))).toEqual(['Chao đèn mây', 'Giỏ đan tre']);
    // The rattan lamp's 3 stars expired: it counts for no OCOP filter and shows no stars.
    expect(names(await search('ocopStars=3'))).toEqual(['Bình gốm men lam']);
    expect(names(await search('ocopStars=5'))).toEqual([]);
    expect((await search('q=chao den')).body.items[0].ocopStars).toBeNull();
    expect(names(await search('priceMin=300000&priceMax=360000'))).toEqual([
      'Bình gốm men lam',
      'Chao đèn mây',
    ]);
    expect(names(await search('priceMax=150000'))).toEqual(['Ấm trà Bát Tràng gốm']);
    expect(names(await search('craft=gom su&ocopStars=4&q=binh'))).toEqual(['Bình gốm men lam']);
    const exhibitors = await pub().get(`${api()}/exhibitors?village=phu vinh`).expect(200);
    expect(names(exhibitors)).toEqual(['HTX Mây tre đan Phú Vinh']);
    expect(names(await pub().get(`${api()}/exhibitors?craft=bac`).expect(200))).toEqual([
      'Cơ sở bạc Đặng Văn Định',
    ]);
  });

  it('pages, and speaks English with ?lang=en', async () => {
    const first = await search('pageSize=2');
    expect(first.body).toMatchObject({ page: 1, pageSize: 2, total: 5 });
    const third = await search('pageSize=2&page=3');
    expect(third.body).toMatchObject({ page: 3, total: 5 });
    expect(third.body.items).toHaveLength(1);
    const past = await search('pageSize=2&page=9');
    expect(past.body).toMatchObject({ items: [], total: 5 });
    const seen = [...names(first), ...names(await search('pageSize=2&page=2')), ...names(third)];
    expect(new Set(seen).size).toBe(5);

    const english = await search('q=bat trang&lang=en');
    expect(english.body.items[1]).toMatchObject({
      name: 'Blue-glaze vase',
      nameVi: 'Bình gốm men lam',
      producer: { name: 'Minh Long Pottery', craft: { code: 'gom-su', name: 'Ceramics' } },
    });
    const page = await pub().get(`${api()}/products/${w.products.binh}?lang=en`).expect(200);
    expect(page.body).toMatchObject({
      name: 'Blue-glaze vase',
      materials: ['Đất sét', 'Men lam'],
      priceMin: '350000',
      priceMax: '550000',
      minOrderQuantity: 20,
      ocop: { stars: 4, expiresOn: '2099-12-31' },
      producer: { id: w.producers.gom.id, name: 'Minh Long Pottery', boothCodes: [] },
      showcases: [
        {
          id: w.showcaseId,
          title: 'The best of Bát Tràng ceramics',
          labelCode: w.sample.labelCode,
        },
      ],
      pageUrl: `https://hoicho.test/catalogue/fairs/${w.fair.fairId}/products/${w.products.binh}`,
    });
    const fair = await pub().get(`${api()}?lang=en`).expect(200);
    expect(fair.body).toMatchObject({ name: 'Hanoi Craft Village Fair 2026', status: 'published' });
  });

  it('follows what producers change: unpublishing, renaming, a village renamed', async () => {
    const gom = w.producers.gom;
    await as(t, gom.member.token)
      .patch(`/api/v1/producers/${gom.id}/products/${w.products.am}`, { published: false })
      .expect(200);
    expect(names(await search('q=bat trang gom'))).toEqual(['Bình gốm men lam']);
    await as(t, gom.member.token)
      .patch(`/api/v1/producers/${gom.id}/products/${w.products.am}`, {
        published: true,
        nameVi: 'Ấm trà Bát Tràng hoa sen',
        materials: ['Sứ'],
      })
      .expect(200);
    expect(names(await search('q=HOA SEN'))).toEqual(['Ấm trà Bát Tràng hoa sen']);
    expect(names(await search('material=su'))).toEqual(['Ấm trà Bát Tràng hoa sen']);
    const publish = (published: boolean) =>
      as(t, gom.member.token).patch(`/api/v1/producers/${gom.id}`, { published }).expect(200);
    await publish(false);
    expect((await search('q=bat trang')).body.total).toBe(0);
    await publish(true);
    const village = `/api/v1/craft-villages/${await villageId(t, 'Bát Tràng')}`;
    await as(t, w.fair.organiser.token).patch(village, { name: 'Bát Tràng Xưa' }).expect(200);
    expect(names(await search('q=trang xua'))).toEqual([
      'Ấm trà Bát Tràng hoa sen',
      'Bình gốm men lam',
    ]);
    await as(t, w.fair.organiser.token).patch(village, { name: 'Bát Tràng' }).expect(200);
    await as(t, gom.member.token)
      .patch(`/api/v1/producers/${gom.id}/products/${w.products.am}`, {
        nameVi: 'Ấm trà Bát Tràng gốm',
        materials: ['Đất sét'],
      })
      .expect(200);
    // The cached answer is served again with its ETag, and a client holding it gets a 304.
    const first = await search('q=gom');
    const again = await pub()
      .get(`${api()}/products?q=gom`)
      .set('If-None-Match', first.headers.etag)
      .expect(304);
    expect(again.text).toBe('');
  });

  it('shows the booth codes of published booth assignments in the directory and on product pages', async () => {
    const fair = w.fair.fairId;
    await placeBooths(t, w, w.producers.gom.id, ['B-02', 'B-01']);
    t.app.get(CatalogueCache).clear();
    const directory = await pub().get(`${api()}/exhibitors?craft=gom-su`).expect(200);
    expect(directory.body.items[0].boothCodes).toEqual(['B-01', 'B-02']);
    const page = await pub().get(`${api()}/products/${w.products.binh}`).expect(200);
    expect(page.body.producer.boothCodes).toEqual(['B-01', 'B-02']);
    const html = await pub()
      .get(`/catalogue/fairs/${fair}/products/${w.products.binh}`)
      .expect(200);
    expect(html.text).toContain('B-01, B-02');
  });

  it('serves photos of published products publicly, and nothing else', async () => {
    const page = await pub().get(`${api()}/products/${w.products.binh}`).expect(200);
    expect(page.body.photos).toEqual([
      {
        id: w.photoId,
        url: `${api()}/products/${w.products.binh}/photos/${w.photoId}`,
        caption: 'Bình nhìn nghiêng',
      },
    ]);
    const photo = await pub().get(page.body.photos[0].url).expect(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    expect(photo.headers['x-content-type-options']).toBe('nosniff');
    expect(photo.body.length).toBeGreaterThan(10);
    await pub().get(`${api()}/products/${w.products.am}/photos/${w.photoId}`).expect(404);
  });

  it('answers only for published, running and closed fairs', async () => {
    const draft = await createFairAt(t, 'draft');
    for (const status of ['draft', 'open', 'allocating', 'cancelled']) {
      await setFairStatus(t, draft.fairId, status);
      t.app.get(CatalogueCache).clear();
      await pub().get(`/api/v1/catalogue/fairs/${draft.fairId}`).expect(404);
      await pub().get(`/api/v1/catalogue/fairs/${draft.fairId}/products`).expect(404);
    }
    for (const status of ['running', 'closed', 'published']) {
      await setFairStatus(t, w.fair.fairId, status);
      t.app.get(CatalogueCache).clear();
      await pub().get(`${api()}/products`).expect(200);
    }
    const fairs = await pub().get('/api/v1/catalogue/fairs').expect(200);
    expect(fairs.body.items.map((f: { id: string }) => f.id)).toEqual([w.fair.fairId]);
  });

  it('names the field of a bad query', async () => {
    const cases: [string, string][] = [
      ['ocopStars=6', 'ocopStars'],
      ['priceMin=abc', 'priceMin'],
      ['priceMax=-1', 'priceMax'],
      ['lang=fr', 'lang'],
      ['pageSize=1000', 'pageSize'],
      ['page=0', 'page'],
      ['sort=price', 'sort'],
    ];
    for (const [query, field] of cases) {
      const response = await pub().get(`${api()}/products?${query}`).expect(400);
      expect(fieldsOf(response)).toEqual([field]);
    }
    expect(fieldsOf(await pub().get('/api/v1/catalogue/fairs/x/products').expect(400))).toEqual([
      'fairId',
    ]);
  });

  it('never shows a private field or value in any public answer', async () => {
    const secrets = [
      ...Object.values(w.producers).flatMap((p) => [
        p.taxCode,
        p.phone,
        p.phone.replace('+84', '0'),
        p.member.email,
      ]),
      w.fair.organiser.email,
      DECLARED_VALUE,
      FEE,
      REVIEW_NOTE,
      'riêng tư',
      'Trần Thị Bình',
      'private.example',
    ];
    const contacts: { email: string }[] = await t.dataSource.query(
      'SELECT email FROM producer_contacts',
    );
    secrets.push(...contacts.map((c) => c.email));
    const forbiddenKeys = new Set([
      'taxCode',
      'legalForm',
      'phone',
      'phoneE164',
      'email',
      'contacts',
      'members',
      'addressDetail',
      'formerAddress',
      'provinceCode',
      'communeCode',
      'fee',
      'subsidy',
      'amountDue',
      'amountPaid',
      'deposit',
      'declaredValue',
      'decisionReason',
      'pendingReason',
      'reason',
      'note',
      'decisionNote',
      'custodyStatus',
      'trail',
      'quantity',
      'createdBy',
      'published',
      'sampleAvailable',
      'organisingBodyId',
    ]);
    const fair = w.fair.fairId;
    const { binh } = w.products;
    const routes = [
      '/api/v1/catalogue/fairs',
      `/api/v1/catalogue/fairs/${fair}`,
      `/api/v1/catalogue/fairs/${fair}/exhibitors?pageSize=100`,
      `/api/v1/catalogue/fairs/${fair}/exhibitors?pageSize=100&lang=en&q=gom`,
      ...Object.values(w.producers).map(
        (p) => `/api/v1/catalogue/fairs/${fair}/exhibitors/${p.id}`,
      ),
      `/api/v1/catalogue/fairs/${fair}/products?pageSize=100`,
      `/api/v1/catalogue/fairs/${fair}/products?pageSize=100&lang=en&ocopStars=1`,
      ...Object.values(w.products).map((id) => `/api/v1/catalogue/fairs/${fair}/products/${id}`),
      `/api/v1/catalogue/fairs/${fair}/products/${binh}?lang=en`,
      `/api/v1/catalogue/fairs/${fair}/showcases`,
      `/api/v1/catalogue/fairs/${fair}/showcases?lang=en`,
      `/api/v1/catalogue/fairs/${fair}/inquiry-form`,
      `/catalogue/fairs/${fair}/products/${binh}`,
      `/catalogue/fairs/${fair}/products/${binh}?lang=en&sample=${w.sample.labelCode}`,
    ];
    const walk = (value: unknown, path: string, found: string[]) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, found));
      else if (value && typeof value === 'object') {
        for (const [key, v] of Object.entries(value)) {
          if (forbiddenKeys.has(key)) found.push(`${path}.${key}`);
          walk(v, `${path}.${key}`, found);
        }
      }
    };
    let answered = 0;
    for (const route of routes) {
      t.app.get(CatalogueCache).clear();
      const response = await pub().get(route);
      if (response.status === 404) continue;
      expect({ route, status: response.status }).toEqual({ route, status: 200 });
      answered++;
      const text = response.text;
      const leaks = secrets.filter((secret) => text.toLowerCase().includes(secret.toLowerCase()));
      expect({ route, leaks }).toEqual({ route, leaks: [] });
      if (response.type === 'application/json') {
        const keys: string[] = [];
        walk(response.body, '', keys);
        expect({ route, keys }).toEqual({ route, keys: [] });
      }
    }
    expect(answered).toBeGreaterThanOrEqual(18);
    // Posting an inquiry answers nothing about the producer either.
    const sent = await pub()
      .post(`/api/v1/catalogue/fairs/${fair}/products/${binh}/inquiries`, {
        name: 'Scan',
        email: 'scan@example.com',
        country: 'DE',
        message: 'Hello',
        token: formToken(t),
      })
      .expect(202);
    expect(sent.body).toEqual({ status: 'received' });
  });
});
