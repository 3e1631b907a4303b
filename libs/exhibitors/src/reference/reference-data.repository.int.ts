import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { brokenConstraint } from '../common/field-errors';
import { ExhibitorsModule } from '../exhibitors.module';
import { addProducer } from '../testing/exhibitors-fixtures';
import { ReferenceDataRepository } from './reference-data.repository';

describe('ReferenceDataRepository (on the real schema)', () => {
  let m: TestModule;
  let reference: ReferenceDataRepository;
  beforeAll(async () => {
    m = await createTestModule([ExhibitorsModule]);
    reference = m.get(ReferenceDataRepository);
  });
  afterAll(() => m.close());

  it('provinces, province and provinceExists; upsertProvince adds or renames', async () => {
    const names = (await reference.provinces()).map((p) => p.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    expect(await reference.province('01')).toMatchObject({ name: 'Thành phố Hà Nội' });
    expect(await reference.provinceExists('99')).toBe(false);
    expect(await reference.upsertProvince({ code: '99', name: 'Tỉnh Thử' })).toEqual({
      code: '99',
      name: 'Tỉnh Thử',
    });
    await reference.upsertProvince({ code: '99', name: 'Tỉnh An Giang' });
    expect(await reference.province('99')).toMatchObject({ name: 'Tỉnh An Giang' });
    expect((await reference.provinces()).map((p) => p.code)).toContain('99');
  });

  it('communes (diacritics ignored), commune; upsertCommune refuses moving one in use', async () => {
    expect((await reference.communes('01', 'phu nghia')).map((c) => c.name)).toEqual([
      'Xã Phú Nghĩa',
    ]);
    expect((await reference.communes('01')).length).toBeGreaterThan(5);
    expect(await reference.commune('10030')).toMatchObject({ provinceCode: '01', kind: 'commune' });
    expect(
      await reference.upsertCommune({
        code: '99001',
        provinceCode: '01',
        name: 'Xã Mới',
        kind: 'commune',
      }),
    ).toEqual({ code: '99001', provinceCode: '01', name: 'Xã Mới', kind: 'commune' });
    const producer = await addProducer(m.dataSource, { nameVi: 'HTX' });
    await m.dataSource.query(
      `UPDATE producers SET province_code = '01', commune_code = '99001' WHERE id = $1`,
      [producer],
    );
    const moved = await reference
      .upsertCommune({ code: '99001', provinceCode: '79', name: 'Xã Mới', kind: 'commune' })
      .catch((e: unknown) => e);
    expect(brokenConstraint(moved)).toMatch(/_commune_fk$/);
  });

  it("craftCategories, craftCategoryExists; upsertCraftCategory in the caller's transaction", async () => {
    expect((await reference.craftCategories()).find((c) => c.code === 'gom-su')).toEqual({
      code: 'gom-su',
      nameVi: 'Gốm sứ',
      nameEn: 'Ceramics',
    });
    expect(await reference.craftCategoryExists('gom-su')).toBe(true);
    expect(await reference.craftCategoryExists('no-such')).toBe(false);
    const saved = await m.transactions.run(({ manager }) =>
      reference.upsertCraftCategory(manager, {
        code: 'gom-su',
        nameVi: 'Gốm sứ',
        nameEn: 'Pottery',
      }),
    );
    expect(saved).toEqual({ code: 'gom-su', nameVi: 'Gốm sứ', nameEn: 'Pottery' });
  });
});
