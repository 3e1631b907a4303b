import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { ExhibitorsModule } from '../exhibitors.module';
import { ProducersService } from '../producers/producers.service';
import { ProductsService } from '../products/products.service';
import { ReferenceDataService } from '../reference/reference-data.service';
import { addProducer, villageId } from '../testing/exhibitors-fixtures';
import { CraftVillagesService } from '../villages/craft-villages.service';

/**
 * The catalogue index follows every write of the exhibitors' services in the write's own
 * transaction (no trigger does it for them).
 */
describe('the catalogue index follows the exhibitors’ writes', () => {
  let m: TestModule;
  let producer: string;
  let productId: string;
  const row = async () =>
    (
      await m.dataSource.query(
        `SELECT listed, name_vi AS "nameVi", search_key AS "searchKey", own_key AS "ownKey",
                name_key AS "nameKey", craft_category AS "craft", price_max::int AS "priceMax",
                producer_no AS "producerNo"
           FROM catalogue_products WHERE product_id = $1`,
        [productId],
      )
    )[0];

  beforeAll(async () => {
    m = await createTestModule([ExhibitorsModule]);
    producer = await addProducer(m.dataSource, {
      nameVi: 'Xưởng gốm Minh Long',
      village: 'Bát Tràng',
    });
  });
  afterAll(() => m.close());

  it('a product created or changed through ProductsService', async () => {
    const products = m.get(ProductsService);
    productId = (
      await products.create(producer, { nameVi: 'Bình gốm', category: 'Bình', published: true })
    ).id;
    expect(await row()).toMatchObject({ listed: true, nameVi: 'Bình gốm', craft: 'gom-su' });
    // The producer's number, which a fair's roster is tested against bit by bit.
    const [{ no }] = await m.dataSource.query(
      'SELECT catalogue_no AS no FROM producers WHERE id = $1',
      [producer],
    );
    expect(await row()).toMatchObject({ producerNo: no });
    await products.update(producer, productId, { nameVi: 'Bình gốm men lam', priceMax: '550000' });
    expect(await row()).toMatchObject({ nameVi: 'Bình gốm men lam', priceMax: 550000 });
  });

  it("the ranking's keys and the search document follow a product's words", async () => {
    await m.get(ProductsService).update(producer, productId, {
      nameVi: 'Đĩa gốm vẽ tay',
      nameEn: 'Painted plate',
      category: 'Đĩa',
      materials: ['Đất sét', 'Men rạn'],
    });
    expect(await row()).toMatchObject({
      nameKey: 'dia gom ve tay painted plate',
      // The product's own words only: the producer's ("xuong", "minh long") are not scored.
      ownKey: 'dia gom ve tay painted plate dia dat set men ran',
    });
    // Each word once: the product's first, in their order, then the producer's not yet there.
    const words: string[] = (await row()).searchKey.split(' ');
    expect(words.slice(0, 10)).toEqual('dia gom ve tay painted plate dat set men ran'.split(' '));
    expect(words).toEqual([...new Set(words)]);
    expect(words).toEqual(expect.arrayContaining(['|', 'xuong', 'minh', 'long', 'bat', 'trang']));
  });

  it('a producer unpublished, renamed or moved through ProducersService', async () => {
    const producers = m.get(ProducersService);
    await producers.update(producer, { published: false });
    expect(await row()).toMatchObject({ listed: false });
    await producers.update(producer, { published: true, legalNameVi: 'Xưởng gốm Hoa Sen' });
    expect(await row()).toMatchObject({ listed: true });
    expect((await row()).searchKey).toContain('hoa sen');
    await producers.update(producer, { craftVillageId: await villageId(m.dataSource, 'Phú Vinh') });
    expect(await row()).toMatchObject({ craft: 'may-tre-dan' });
    // Found by the producer's new village, no longer by the old one.
    expect((await row()).searchKey).toContain('phu vinh');
    expect((await row()).searchKey).not.toContain('bat trang');
  });

  it('a village renamed or given another craft through CraftVillagesService', async () => {
    const villages = m.get(CraftVillagesService);
    const phuVinh = await villageId(m.dataSource, 'Phú Vinh');
    await villages.update(phuVinh, { name: 'Phú Vinh Xưa' });
    expect((await row()).searchKey).toContain('phu vinh xua');
    // A producer without a craft of its own has its village's.
    await m.get(ProducersService).update(producer, { craftCategory: null });
    await villages.update(phuVinh, { craftCategory: 'non-la' });
    expect(await row()).toMatchObject({ craft: 'non-la' });
  });

  it('a craft renamed through ReferenceDataService', async () => {
    await m.get(ReferenceDataService).putCraftCategory('non-la', {
      nameVi: 'Nón lá Chuông',
      nameEn: 'Leaf hats',
    });
    expect((await row()).searchKey).toContain('non la chuong');
    expect((await row()).searchKey).toContain('leaf hats');
  });

  it('a product removed through ProductsService takes its row along', async () => {
    await m.get(ProductsService).remove(producer, productId);
    expect(await row()).toBeUndefined();
  });
});
