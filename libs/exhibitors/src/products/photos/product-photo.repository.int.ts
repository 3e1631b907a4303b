import { randomUUID } from 'node:crypto';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { ExhibitorsModule } from '../../exhibitors.module';
import { addPhoto, addProducer, addProduct } from '../../testing/exhibitors-fixtures';
import { ProductPhotoRepository } from './product-photo.repository';

describe('ProductPhotoRepository (on the real schema)', () => {
  let m: TestModule;
  let photos: ProductPhotoRepository;
  let producer: string;
  let lamp: string;
  let basket: string;
  beforeAll(async () => {
    m = await createTestModule([ExhibitorsModule]);
    photos = m.get(ProductPhotoRepository);
    producer = await addProducer(m.dataSource, { nameVi: 'HTX Mây tre đan Phú Vinh' });
    lamp = await addProduct(m.dataSource, producer, { nameVi: 'Chao đèn' });
    basket = await addProduct(m.dataSource, producer, { nameVi: 'Giỏ' });
  });
  afterAll(() => m.close());

  it('insert stores a photo; countOf, storageKeysOf and ofProducts read them back', async () => {
    const id = randomUUID();
    const saved = await m.transactions.run(async ({ manager }) =>
      photos.insert(manager, {
        id,
        productId: lamp,
        storageKey: `${lamp}/${id}.png`,
        contentType: 'image/png',
        sizeBytes: 2048,
        caption: 'Nhìn nghiêng',
        position: await photos.nextPosition(manager, lamp),
      }),
    );
    expect(saved).toMatchObject({ id, createdAt: expect.any(Date) });
    const second = await addPhoto(m.dataSource, lamp);
    const other = await addPhoto(m.dataSource, basket);
    await m.transactions.run(async ({ manager }) => {
      expect(await photos.countOf(manager, lamp)).toBe(2);
      expect(await photos.storageKeysOf(manager, lamp)).toEqual(
        expect.arrayContaining([`${lamp}/${id}.png`, `${lamp}/${second}.jpg`]),
      );
    });
    const both = await photos.ofProducts([lamp, basket]);
    expect(both.filter((p) => p.productId === lamp).map((p) => p.id)).toEqual([id, second]);
    expect(both.filter((p) => p.productId === basket).map((p) => p.id)).toEqual([other]);
    expect(await photos.ofProducts([])).toEqual([]);
  });

  it('reorder puts every photo of one product in the given order; new ones go after the last', async () => {
    const tray = await addProduct(m.dataSource, producer, { nameVi: 'Khay' });
    const [a, b, c] = [
      await addPhoto(m.dataSource, tray),
      await addPhoto(m.dataSource, tray),
      await addPhoto(m.dataSource, tray),
    ];
    await m.transactions.run(({ manager }) => photos.reorder(manager, tray, [c, a, b]));
    expect((await photos.ofProducts([tray])).map((p) => p.id)).toEqual([c, a, b]);
    // The database keeps two photos of one product from sharing a place.
    await expect(
      m.dataSource.query('UPDATE product_photos SET position = 0 WHERE product_id = $1', [tray]),
    ).rejects.toThrow(/product_photos_product_position_key/);
    await m.transactions.run(async ({ manager }) => {
      expect(await photos.nextPosition(manager, tray)).toBe(3);
      expect(await photos.nextPosition(manager, basket)).toBe(1);
    });
  });

  it('findOfProducer finds a photo only through its product and producer; delete removes it', async () => {
    const photo = await addPhoto(m.dataSource, basket, 'Giỏ');
    const stranger = await addProducer(m.dataSource, { nameVi: 'Người khác' });
    expect(await photos.findOfProducer(producer, basket, photo)).toMatchObject({ caption: 'Giỏ' });
    expect(await photos.findOfProducer(producer, lamp, photo)).toBeNull();
    expect(await photos.findOfProducer(stranger, basket, photo)).toBeNull();
    await photos.delete(photo);
    expect(await photos.findOfProducer(producer, basket, photo)).toBeNull();
  });
});
