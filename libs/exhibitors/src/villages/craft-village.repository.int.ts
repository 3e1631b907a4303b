import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { brokenConstraint } from '../common/field-errors';
import { ExhibitorsModule } from '../exhibitors.module';
import { villageId } from '../testing/exhibitors-fixtures';
import { CraftVillageRepository } from './craft-village.repository';

describe('CraftVillageRepository (on the real schema)', () => {
  let m: TestModule;
  let villages: CraftVillageRepository;
  beforeAll(async () => {
    m = await createTestModule([ExhibitorsModule]);
    villages = m.get(CraftVillageRepository);
  });
  afterAll(() => m.close());

  it('page searches and filters in Vietnamese order, with the total (also past the end)', async () => {
    const names = async (search: object) =>
      (await villages.page({ limit: 50, offset: 0, ...search })).rows.map((v) => v.name);
    expect(await names({ q: 'bat trang' })).toEqual(['Bát Tràng']);
    expect(await names({ craftCategory: 'gom-su' })).toEqual(['Bát Tràng']);
    expect(await names({ provinceCode: '48' })).toEqual([]);
    const all = await names({ recognised: true });
    expect(all.slice(0, 3)).toEqual(['Bát Tràng', 'Chàng Sơn', 'Chuông']);
    const past = await villages.page({ limit: 5, offset: 100 });
    expect(past).toEqual({ rows: [], total: all.length });
    expect((await villages.page({ limit: 2, offset: 0 })).total).toBe(all.length);
  });

  it('findById, byIds; save inserts or updates, a taken name breaks craft_villages_name_key', async () => {
    const id = await m.transactions.run(({ manager }) =>
      villages.save(manager, {
        name: 'Làng Mới',
        craftCategory: 'quat',
        provinceCode: '01',
        communeCode: null,
        recognised: false,
      }),
    );
    expect(await villages.findById(id)).toMatchObject({ name: 'Làng Mới', recognised: false });
    const batTrang = await villageId(m.dataSource, 'Bát Tràng');
    expect((await villages.byIds([id, batTrang])).map((v) => v.name).sort()).toEqual([
      'Bát Tràng',
      'Làng Mới',
    ]);
    expect(await villages.byIds([])).toEqual([]);
    await m.transactions.run(({ manager }) => villages.save(manager, { id, recognised: true }));
    expect(await villages.findById(id)).toMatchObject({ name: 'Làng Mới', recognised: true });
    const taken = await m.transactions
      .run(({ manager }) =>
        villages.save(manager, { id, name: 'Bát Tràng', craftCategory: 'gom-su' }),
      )
      .catch((e: unknown) => e);
    expect(brokenConstraint(taken)).toBe('craft_villages_name_key');
  });
});
