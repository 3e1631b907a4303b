import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { ExhibitorsModule } from '../exhibitors.module';
import { addProducer, addProduct, villageId } from '../testing/exhibitors-fixtures';
import { CataloguePage } from './public-catalogue.rows';
import { PublicProducersRepository } from './public-producers.repository';

describe('PublicProducersRepository (on the real schema)', () => {
  let m: TestModule;
  let producers: PublicProducersRepository;
  let gom: string;
  let may: string;
  let bac: string;
  let hidden: string;
  const page: CataloguePage = { lang: 'vi', limit: 20, offset: 0 };
  const names = async (filters: object = {}, p = page) =>
    (await producers.page({ producerIds: [gom, may, bac, hidden], ...filters }, p)).rows.map(
      (r) => r.nameVi,
    );

  beforeAll(async () => {
    m = await createTestModule([ExhibitorsModule]);
    producers = m.get(PublicProducersRepository);
    gom = await addProducer(m.dataSource, {
      nameVi: 'Xưởng gốm Minh Long',
      nameEn: 'Minh Long Pottery',
      village: 'Bát Tràng',
    });
    may = await addProducer(m.dataSource, {
      nameVi: 'HTX Mây tre đan Phú Vinh',
      village: 'Phú Vinh',
    });
    bac = await addProducer(m.dataSource, { nameVi: 'Cơ sở bạc Đặng Văn Định', craft: 'bac' });
    hidden = await addProducer(m.dataSource, { nameVi: 'Hộ chưa công khai', published: false });
    await addProduct(m.dataSource, gom, { nameVi: 'Bình' });
    await addProduct(m.dataSource, gom, { nameVi: 'Ấm' });
    await addProduct(m.dataSource, gom, { nameVi: 'Nháp', published: false });
  });
  afterAll(() => m.close());

  it('page lists the published ones among the given producers, filtered, with the total', async () => {
    expect(await names()).toEqual([
      'Cơ sở bạc Đặng Văn Định',
      'HTX Mây tre đan Phú Vinh',
      'Xưởng gốm Minh Long',
    ]);
    expect(await names({ q: 'bat trang gom' })).toEqual(['Xưởng gốm Minh Long']);
    expect(await names({ q: 'dang' })).toEqual(['Cơ sở bạc Đặng Văn Định']);
    expect(await names({ villageIds: [await villageId(m.dataSource, 'Phú Vinh')] })).toEqual([
      'HTX Mây tre đan Phú Vinh',
    ]);
    // A producer's own craft, or its village's.
    expect(await names({ craftCodes: ['bac', 'gom-su'] })).toEqual([
      'Cơ sở bạc Đặng Văn Định',
      'Xưởng gốm Minh Long',
    ]);
    expect(await names({}, { lang: 'en', limit: 1, offset: 2 })).toEqual(['Xưởng gốm Minh Long']);
    const first = await producers.page({ producerIds: [gom, may, bac] }, { ...page, limit: 2 });
    expect(first.total).toBe(3);
    const past = await producers.page({ producerIds: [gom, may, bac] }, { ...page, offset: 10 });
    expect(past).toEqual({ rows: [], total: 3 });
    expect(await producers.page({ producerIds: [] }, page)).toEqual({ rows: [], total: 0 });
  });

  it('byId gives a published producer with its village, craft and published products', async () => {
    expect(await producers.byId(gom)).toEqual({
      id: gom,
      nameVi: 'Xưởng gốm Minh Long',
      nameEn: 'Minh Long Pottery',
      villageId: await villageId(m.dataSource, 'Bát Tràng'),
      villageName: 'Bát Tràng',
      craftCode: 'gom-su',
      craftVi: 'Gốm sứ',
      craftEn: 'Ceramics',
      productCount: 2,
    });
    expect(await producers.byId(hidden)).toBeUndefined();
  });
});
