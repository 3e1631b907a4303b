import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { ExhibitorsModule } from '../exhibitors.module';
import { addPhoto, addProducer, addProduct } from '../testing/exhibitors-fixtures';
import { ProductPhotoRepository } from '../products/photos/product-photo.repository';
import { PublicProductsRepository } from './public-products.repository';

describe('PublicProductsRepository (on the real schema)', () => {
  let m: TestModule;
  let products: PublicProductsRepository;
  let producer: string;
  let hidden: string;
  let lamp: string;
  let basket: string;
  let draft: string;
  let secret: string;

  beforeAll(async () => {
    m = await createTestModule([ExhibitorsModule]);
    products = m.get(PublicProductsRepository);
    producer = await addProducer(m.dataSource, {
      nameVi: 'HTX Mây tre đan Phú Vinh',
      village: 'Phú Vinh',
    });
    hidden = await addProducer(m.dataSource, { nameVi: 'Hộ chưa công khai', published: false });
    lamp = await addProduct(m.dataSource, producer, {
      nameVi: 'Chao đèn mây',
      nameEn: 'Rattan lamp shade',
      ocop: { stars: 3, expiresOn: '2026-10-09' },
    });
    basket = await addProduct(m.dataSource, producer, {
      nameVi: 'Giỏ đan tre',
      nameEn: 'A basket',
    });
    draft = await addProduct(m.dataSource, producer, { nameVi: 'Mẫu nháp', published: false });
    secret = await addProduct(m.dataSource, hidden, { nameVi: 'Sản phẩm ẩn' });
  });
  afterAll(() => m.close());

  it('byIds returns only published products of published producers, OCOP only while valid', async () => {
    const rows = await products.byIds([lamp, basket, draft, secret], '2026-10-09');
    expect(rows.map((r) => r.nameVi).sort()).toEqual(['Chao đèn mây', 'Giỏ đan tre']);
    expect(rows.find((r) => r.id === lamp)).toMatchObject({
      ocopStars: 3,
      ocopExpiresOn: '2026-10-09',
    });
    const [later] = await products.byIds([lamp], '2026-10-10');
    expect(later).toMatchObject({ ocopStars: null, ocopExpiresOn: null });
    expect(await products.byIds([], '2026-10-10')).toEqual([]);
  });

  it("ofProducer lists a published producer's published products in either name order", async () => {
    const vi = await products.ofProducer(producer, '2026-10-10', 'vi');
    expect(vi.map((r) => r.nameVi)).toEqual(['Chao đèn mây', 'Giỏ đan tre']);
    const en = await products.ofProducer(producer, '2026-10-10', 'en');
    expect(en.map((r) => r.nameEn)).toEqual(['A basket', 'Rattan lamp shade']);
    expect(await products.ofProducer(hidden, '2026-10-10', 'vi')).toEqual([]);
  });

  it("photos lists a product's photos in order; photoFile finds a public one's bytes", async () => {
    const first = await addPhoto(m.dataSource, lamp, 'Chao đèn nhìn nghiêng');
    const second = await addPhoto(m.dataSource, lamp);
    const secretPhoto = await addPhoto(m.dataSource, secret);
    expect(await products.photos(lamp)).toEqual([
      { id: first, caption: 'Chao đèn nhìn nghiêng' },
      { id: second, caption: null },
    ]);
    expect(await products.photoFile(lamp, first)).toEqual({
      storageKey: `${lamp}/${first}.jpg`,
      contentType: 'image/jpeg',
      producerId: producer,
    });
    expect(await products.photoFile(basket, first)).toBeUndefined();
    expect(await products.photoFile(secret, secretPhoto)).toBeUndefined();
    // The first photo is the one a search result shows.
    const [row] = await products.byIds([lamp], '2026-10-10');
    expect(row.photoId).toBe(first);

    // The producer's order, not the upload's: the photo put first is the cover.
    await m.dataSource.transaction((manager) =>
      m.get(ProductPhotoRepository).reorder(manager, lamp, [second, first]),
    );
    expect((await products.photos(lamp)).map((p) => p.id)).toEqual([second, first]);
    const [reordered] = await products.byIds([lamp], '2026-10-10');
    expect(reordered.photoId).toBe(second);
  });
});
