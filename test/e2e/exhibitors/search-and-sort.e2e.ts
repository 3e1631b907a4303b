import { Role } from '@hoicho/platform';
import {
  createBody,
  createProducer,
  createTestApp,
  createUser,
  SignedIn,
  TestApp,
} from '../../support/test-app';
import { as, HA_NOI, villageId } from './support/exhibitors';

const VIETNAMESE_ORDER = ['An', 'Anh', 'Ánh', 'Ă', 'Ân', 'Bảo', 'Dương', 'Đặng'];
const names = (body: { items: { legalNameVi?: string; nameVi?: string }[] }) =>
  body.items.map((item) => item.legalNameVi ?? item.nameVi);

describe('search ignores diacritics and đ/Đ; lists sort in Vietnamese order', () => {
  let t: TestApp;
  let organiser: SignedIn;
  let member: SignedIn;
  let producerId: string;

  beforeAll(async () => {
    t = await createTestApp();
    organiser = await createUser(t, Role.Organiser, { organisingBodyId: await createBody(t) });
    producerId = await createProducer(t, 'Phú Vinh mây tre đan');
    member = await createUser(t, Role.Producer, { producerId });
    // A producer found through its village and craft, not its own name.
    const villager = await createProducer(t, 'HTX Nguyễn Văn Tâm');
    await t.dataSource.query('UPDATE producers SET craft_village_id = $2 WHERE id = $1', [
      villager,
      await villageId(t, 'Phú Vinh'),
    ]);
    await createProducer(t, 'Công ty Gốm sứ Bát Tràng');
    for (const name of [...VIETNAMESE_ORDER].reverse()) {
      await t.dataSource.query(
        `INSERT INTO producers (legal_name_vi, craft_category) VALUES ($1, 'quat')`,
        [name],
      );
    }
  });
  afterAll(() => t.close());

  const find = (query: string) => as(t, organiser.token).get(`/api/v1/producers?${query}`);

  it('"phu vinh may tre" finds Phú Vinh mây tre đan by name, and a villager by village and craft', async () => {
    const response = await find('q=phu vinh may tre').expect(200);
    expect(names(response.body)).toEqual(['HTX Nguyễn Văn Tâm', 'Phú Vinh mây tre đan']);
    expect(response.body.total).toBe(2);
    expect(names((await find('q=PHÚ VINH').expect(200)).body)).toHaveLength(2);
    expect(names((await find('q=rattan').expect(200)).body)).toEqual(['HTX Nguyễn Văn Tâm']);
    expect(names((await find('q=gom su bat trang').expect(200)).body)).toEqual([
      'Công ty Gốm sứ Bát Tràng',
    ]);
  });

  it('"dang" finds Đặng (đ maps to d), and wildcards in the query match literally', async () => {
    expect(names((await find('q=dang').expect(200)).body)).toEqual(['Đặng']);
    expect(names((await find('q=ĐẶNG').expect(200)).body)).toEqual(['Đặng']);
    expect((await find(`q=${encodeURIComponent('%')}`).expect(200)).body.total).toBe(0);
    expect((await find('q=_').expect(200)).body.total).toBe(0);
  });

  it('a renamed village re-keys its producers', async () => {
    await as(t, organiser.token)
      .patch(`/api/v1/craft-villages/${await villageId(t, 'Phú Vinh')}`, {
        name: 'Phú Vinh Thượng',
      })
      .expect(200);
    expect(names((await find('q=vinh thuong').expect(200)).body)).toEqual(['HTX Nguyễn Văn Tâm']);
  });

  it('sorts An, Anh, Ánh, Ă, Ân, Bảo, Dương, Đặng and pages through them', async () => {
    const all = await find('craftCategory=quat&pageSize=100').expect(200);
    expect(names(all.body)).toEqual(VIETNAMESE_ORDER);
    const page = await find('craftCategory=quat&page=2&pageSize=3').expect(200);
    expect(page.body).toMatchObject({ page: 2, pageSize: 3, total: 8 });
    expect(names(page.body)).toEqual(['Ă', 'Ân', 'Bảo']);
    const past = await find('craftCategory=quat&page=9&pageSize=3').expect(200);
    expect(past.body).toMatchObject({ items: [], total: 8 });
  });

  it('products: search by name, category or material ignoring diacritics, Vietnamese order', async () => {
    const products = as(t, member.token);
    for (const nameVi of ['Đèn mây', 'Giỏ đan', 'Ánh trăng', 'An nhiên', 'Ấm trà mây']) {
      await products
        .post(`/api/v1/producers/${producerId}/products`, {
          nameVi,
          category: nameVi.includes('Đèn') ? 'Đèn, chao đèn' : 'Đồ gia dụng',
          materials: ['mây', 'tre'],
        })
        .expect(201);
    }
    const own = await products.get(`/api/v1/producers/${producerId}/products`).expect(200);
    expect(names(own.body)).toEqual(['An nhiên', 'Ánh trăng', 'Ấm trà mây', 'Đèn mây', 'Giỏ đan']);
    const search = (q: string) =>
      as(t, organiser.token)
        .get(`/api/v1/products?q=${encodeURIComponent(q)}`)
        .expect(200);
    expect(names((await search('den may')).body)).toEqual(['Đèn mây']);
    expect(names((await search('chao den')).body)).toEqual(['Đèn mây']);
    expect(names((await search('am tra')).body)).toEqual(['Ấm trà mây']);
    expect((await search('may')).body.total).toBe(5);
  });

  it('villages and communes are searchable too', async () => {
    const villages = await as(t, member.token)
      .get('/api/v1/craft-villages?q=bat trang')
      .expect(200);
    expect(villages.body.items.map((v: { name: string }) => v.name)).toEqual(['Bát Tràng']);
    const recognised = await as(t, member.token)
      .get(`/api/v1/craft-villages?provinceCode=${HA_NOI}&recognised=true&pageSize=100`)
      .expect(200);
    const villageNames = recognised.body.items.map((v: { name: string }) => v.name);
    expect(villageNames).toEqual([...villageNames].sort(new Intl.Collator('vi').compare));
    expect(villageNames.indexOf('Đình Công')).toBeGreaterThan(villageNames.indexOf('Chuyên Mỹ'));
    const communes = await as(t, member.token)
      .get(`/api/v1/reference/provinces/${HA_NOI}/communes?q=xa ung thien`)
      .expect(200);
    expect(communes.body).toEqual([
      { code: '10369', provinceCode: HA_NOI, name: 'Xã Ứng Thiên', kind: 'commune' },
    ]);
  });
});
