import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { ExhibitorsModule } from '../exhibitors.module';
import { addProducer, addProduct } from '../testing/exhibitors-fixtures';
import { ProductRepository } from './product.repository';
import { applyProductChange } from './product.rules';

describe('ProductRepository (on the real schema)', () => {
  let m: TestModule;
  let products: ProductRepository;
  let producer: string;
  let other: string;
  beforeAll(async () => {
    m = await createTestModule([ExhibitorsModule]);
    products = m.get(ProductRepository);
    producer = await addProducer(m.dataSource, { nameVi: 'Xưởng gốm Minh Long' });
    other = await addProducer(m.dataSource, { nameVi: 'Cơ sở khác' });
  });
  afterAll(() => m.close());

  it('insert, update and delete a product, each scoped by its producer', async () => {
    const values = applyProductChange(undefined, {
      nameVi: 'Bình gốm',
      category: 'Bình',
      materials: ['Đất sét'],
      priceMin: '350000',
      priceMax: '550000',
    });
    const id = await m.transactions.run(({ manager }) =>
      products.insert(manager, producer, values),
    );
    expect(await products.findOfProducer(producer, id)).toMatchObject({
      nameVi: 'Bình gốm',
      materials: ['Đất sét'],
      priceMin: '350000',
    });
    expect(await products.findOfProducer(other, id)).toBeNull();
    await m.transactions.run(async ({ manager }) => {
      expect(await products.lockOfProducer(manager, other, id)).toBeNull();
      const locked = await products.lockOfProducer(manager, producer, id);
      await products.update(manager, { ...locked!, nameVi: 'Bình gốm men lam' });
    });
    expect(await products.findOfProducer(producer, id)).toMatchObject({
      nameVi: 'Bình gốm men lam',
    });
    await m.transactions.run(({ manager }) => products.delete(manager, other, id));
    expect(await products.findOfProducer(producer, id)).not.toBeNull();
    await m.transactions.run(({ manager }) => products.delete(manager, producer, id));
    expect(await products.findOfProducer(producer, id)).toBeNull();
  });

  it("ofProducerByIds and byIds leave out ids that are not asked for or not the producer's", async () => {
    const mine = await addProduct(m.dataSource, producer, { nameVi: 'Ấm trà' });
    const theirs = await addProduct(m.dataSource, other, { nameVi: 'Tượng gỗ' });
    expect((await products.ofProducerByIds(producer, [mine, theirs])).map((p) => p.id)).toEqual([
      mine,
    ]);
    expect(await products.ofProducerByIds(producer, [])).toEqual([]);
    expect((await products.byIds([mine, theirs])).map((p) => p.id).sort()).toEqual(
      [mine, theirs].sort(),
    );
    expect(await products.byIds([])).toEqual([]);
  });

  it('search filters by words, producer, sample availability and published flag', async () => {
    await addProduct(m.dataSource, producer, {
      nameVi: 'Đĩa gốm',
      sampleAvailable: true,
      published: false,
    });
    const names = async (filters: object) =>
      (await products.byIds((await products.search({ limit: 20, offset: 0, ...filters })).ids))
        .map((p) => p.nameVi)
        .sort();
    expect(await names({ producerId: producer })).toEqual(['Ấm trà', 'Đĩa gốm'].sort());
    expect(await names({ q: 'dia' })).toEqual(['Đĩa gốm']);
    expect(await names({ sampleAvailable: true })).toEqual(['Đĩa gốm']);
    expect(await names({ published: true, producerId: producer })).toEqual(['Ấm trà']);
    const paged = await products.search({ limit: 1, offset: 0 });
    expect(paged).toMatchObject({ total: 3, ids: [expect.any(String)] });
  });

  it("ocopRatingsOf lists the producers' ratings, best and latest first, expired ones too", async () => {
    await addProduct(m.dataSource, other, {
      nameVi: 'Nón',
      ocop: { stars: 3, expiresOn: '2024-12-31' },
    });
    await addProduct(m.dataSource, other, {
      nameVi: 'Quạt',
      ocop: { stars: 4, expiresOn: '2028-03-31' },
    });
    expect(await products.ocopRatingsOf([other, producer])).toEqual([
      { producerId: other, stars: 4, expiresOn: '2028-03-31' },
      { producerId: other, stars: 3, expiresOn: '2024-12-31' },
    ]);
    expect(await products.ocopRatingsOf([])).toEqual([]);
  });
});
