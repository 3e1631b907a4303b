import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { ExhibitorsModule } from '../exhibitors.module';
import { addProducer, addProduct, villageId } from '../testing/exhibitors-fixtures';
import { CatalogueIndexRepository } from './catalogue-index.repository';

interface IndexRow {
  listed: boolean;
  name_vi: string;
  search_key: string;
  craft_village_id: string | null;
  craft_category: string | null;
  materials_key: string[];
  price_min: string | null;
}

describe('CatalogueIndexRepository (on the real schema)', () => {
  let m: TestModule;
  let index: CatalogueIndexRepository;
  let producer: string;
  let vase: string;
  let bowl: string;
  const row = async (productId: string): Promise<IndexRow | undefined> =>
    (
      await m.dataSource.query(
        `SELECT listed, name_vi, search_key, craft_village_id, craft_category, materials_key,
                price_min FROM catalogue_products WHERE product_id = $1`,
        [productId],
      )
    )[0];
  const run = (work: (manager: TestModule['dataSource']['manager']) => Promise<void>) =>
    m.transactions.run(({ manager }) => work(manager));

  beforeAll(async () => {
    m = await createTestModule([ExhibitorsModule]);
    index = m.get(CatalogueIndexRepository);
    producer = await addProducer(m.dataSource, {
      nameVi: 'Xưởng gốm Minh Long',
      village: 'Bát Tràng',
    });
    vase = await addProduct(m.dataSource, producer, {
      nameVi: 'Bình gốm men lam',
      materials: ['Đất sét', 'Men lam'],
      priceMin: 350000,
    });
    bowl = await addProduct(m.dataSource, producer, { nameVi: 'Bát ăn cơm', published: false });
  });
  afterAll(() => m.close());

  it("refreshProducts writes a product's row: both flags, its words and its producer's, keyed materials", async () => {
    expect(await row(vase)).toBeUndefined();
    await run((manager) => index.refreshProducts(manager, [vase, bowl]));
    expect(await row(vase)).toMatchObject({
      listed: true,
      name_vi: 'Bình gốm men lam',
      craft_village_id: await villageId(m.dataSource, 'Bát Tràng'),
      craft_category: 'gom-su',
      materials_key: ['dat set', 'men lam'],
      price_min: '350000',
    });
    expect((await row(vase))!.search_key).toMatch(/binh gom men lam .*\| .*minh long.*bat trang/);
    expect(await row(bowl)).toMatchObject({ listed: false });
    await m.dataSource.query(`UPDATE products SET name_vi = 'Bình hoa' WHERE id = $1`, [vase]);
    await run((manager) => index.refreshProducts(manager, [vase]));
    expect(await row(vase)).toMatchObject({ name_vi: 'Bình hoa' });
  });

  it('refreshProducers follows a producer unpublished and moved to another village', async () => {
    await m.dataSource.query(
      `UPDATE producers SET published = false, craft_village_id = $2 WHERE id = $1`,
      [producer, await villageId(m.dataSource, 'Phú Vinh')],
    );
    await run((manager) => index.refreshProducers(manager, [producer]));
    expect(await row(vase)).toMatchObject({ listed: false, craft_category: 'may-tre-dan' });
    await m.dataSource.query(
      `UPDATE producers SET published = true, craft_village_id = $2 WHERE id = $1`,
      [producer, await villageId(m.dataSource, 'Bát Tràng')],
    );
    await run((manager) => index.refreshProducers(manager, [producer]));
    expect(await row(vase)).toMatchObject({ listed: true, craft_category: 'gom-su' });
  });

  it('refreshVillage follows a renamed village (its producers are re-keyed by their trigger)', async () => {
    const village = await villageId(m.dataSource, 'Bát Tràng');
    await m.dataSource.query(`UPDATE craft_villages SET name = 'Bát Tràng Xưa' WHERE id = $1`, [
      village,
    ]);
    await run((manager) => index.refreshVillage(manager, village));
    expect((await row(vase))!.search_key).toContain('bat trang xua');
  });

  it('refreshCraft follows a renamed craft', async () => {
    await m.dataSource.query(
      `UPDATE craft_categories SET name_en = 'Fine porcelain' WHERE code = 'gom-su'`,
    );
    await run((manager) => index.refreshCraft(manager, 'gom-su'));
    expect((await row(vase))!.search_key).toContain('fine porcelain');
  });

  it("rebuild writes every product's row, and a deleted product takes its row along", async () => {
    const other = await addProduct(m.dataSource, producer, { nameVi: 'Ấm trà' });
    await run((manager) => index.rebuild(manager));
    expect(await row(other)).toMatchObject({ name_vi: 'Ấm trà', listed: true });
    await m.dataSource.query('DELETE FROM products WHERE id = $1', [other]);
    expect(await row(other)).toBeUndefined();
  });
});
