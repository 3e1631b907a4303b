import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { ExhibitorsModule } from '../exhibitors.module';
import { addProducer, addProduct, villageId } from '../testing/exhibitors-fixtures';
import { CatalogueIndexRepository } from './catalogue-index.repository';
import { CataloguePage, ProductSearchFilters } from './public-catalogue.rows';
import { ProductSearchRepository } from './product-search.repository';

describe('ProductSearchRepository (on the real schema)', () => {
  let m: TestModule;
  let search: ProductSearchRepository;
  let gom: string;
  let may: string;
  let outsider: string;
  const today = '2026-10-10';
  const page: CataloguePage = { lang: 'vi', limit: 20, offset: 0 };
  const filters = (f: Partial<ProductSearchFilters> = {}): ProductSearchFilters => ({
    producerIds: [gom, may],
    today,
    ...f,
  });
  const names = async (f: Partial<ProductSearchFilters> = {}, p = page) =>
    (await search.page(filters(f), p)).map((r) => r.nameVi);

  beforeAll(async () => {
    m = await createTestModule([ExhibitorsModule]);
    search = m.get(ProductSearchRepository);
    gom = await addProducer(m.dataSource, {
      nameVi: 'Xưởng gốm Minh Long',
      nameEn: 'Minh Long Pottery',
      village: 'Bát Tràng',
    });
    may = await addProducer(m.dataSource, {
      nameVi: 'HTX Mây tre đan Phú Vinh',
      village: 'Phú Vinh',
    });
    outsider = await addProducer(m.dataSource, { nameVi: 'Cơ sở gốm khác', village: 'Bát Tràng' });
    await addProduct(m.dataSource, gom, {
      nameVi: 'Bình gốm men lam',
      nameEn: 'Blue-glaze vase',
      materials: ['Đất sét'],
      priceMin: 350000,
      priceMax: 550000,
      ocop: { stars: 4, expiresOn: '2099-12-31' },
    });
    await addProduct(m.dataSource, gom, {
      nameVi: 'Ấm trà Bát Tràng',
      nameEn: 'Bat Trang teapot',
      materials: ['Đất sét'],
      priceMin: 120000,
      priceMax: 150000,
    });
    await addProduct(m.dataSource, may, {
      nameVi: 'Chao đèn mây',
      materials: ['Mây'],
      priceMin: 300000,
      priceMax: 360000,
      ocop: { stars: 3, expiresOn: '2024-12-31' },
    });
    await addProduct(m.dataSource, may, { nameVi: 'Giỏ ẩn', published: false });
    await addProduct(m.dataSource, outsider, { nameVi: 'Bình gốm của người ngoài' });
    await m.transactions.run(({ manager }) => m.get(CatalogueIndexRepository).rebuild(manager));
  });
  afterAll(() => m.close());

  it('page lists the listed products of the given producers in Vietnamese name order', async () => {
    expect(await names()).toEqual(['Ấm trà Bát Tràng', 'Bình gốm men lam', 'Chao đèn mây']);
    expect(await names({}, { lang: 'en', limit: 2, offset: 0 })).toEqual([
      'Ấm trà Bát Tràng',
      'Bình gốm men lam',
    ]);
    expect(await names({}, { ...page, limit: 2, offset: 2 })).toEqual(['Chao đèn mây']);
    expect(await names({ producerIds: [] })).toEqual([]);
    const [vase] = await search.page(filters({ q: 'binh' }), page);
    expect(vase).toEqual({
      id: expect.any(String),
      nameVi: 'Bình gốm men lam',
      nameEn: 'Blue-glaze vase',
      category: 'Đồ gia dụng',
      materials: ['Đất sét'],
      dimensionsText: null,
      priceMin: 350000,
      priceMax: 550000,
      minOrderQuantity: null,
      ocopStars: 4,
      ocopExpiresOn: '2099-12-31',
      photoId: null,
      producerId: gom,
      producerNameVi: 'Xưởng gốm Minh Long',
      producerNameEn: 'Minh Long Pottery',
      villageId: await villageId(m.dataSource, 'Bát Tràng'),
      villageName: 'Bát Tràng',
      craftCode: 'gom-su',
      craftVi: 'Gốm sứ',
      craftEn: 'Ceramics',
    });
  });

  it('page and count apply words (diacritics ignored, producer words too) and every filter', async () => {
    expect(await names({ q: 'bat trang gom' })).toEqual(['Ấm trà Bát Tràng', 'Bình gốm men lam']);
    expect(await names({ q: 'phu vinh' })).toEqual(['Chao đèn mây']);
    expect(await names({ q: '%' })).toEqual([]);
    expect(await names({ villageIds: [await villageId(m.dataSource, 'Phú Vinh')] })).toEqual([
      'Chao đèn mây',
    ]);
    expect(await names({ craftCodes: ['gom-su'] })).toHaveLength(2);
    expect(await names({ material: 'dat set' })).toHaveLength(2);
    // The lamp's certificate expired before `today`.
    expect(await names({ ocopStars: 3 })).toEqual(['Bình gốm men lam']);
    expect(await names({ priceMin: '300000', priceMax: '360000' })).toEqual([
      'Bình gốm men lam',
      'Chao đèn mây',
    ]);
    expect(await search.count(filters())).toBe(3);
    expect(await search.count(filters({ q: 'gom', priceMax: '200000' }))).toBe(1);
    expect(await search.count(filters({ producerIds: [outsider] }))).toBe(1);
    expect(await search.count(filters({ producerIds: [] }))).toBe(0);
  });
});
