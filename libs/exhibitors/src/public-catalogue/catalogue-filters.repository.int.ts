import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { ExhibitorsModule } from '../exhibitors.module';
import { villageId } from '../testing/exhibitors-fixtures';
import { CatalogueFiltersRepository } from './catalogue-filters.repository';

describe('CatalogueFiltersRepository (on the real schema)', () => {
  let m: TestModule;
  let filters: CatalogueFiltersRepository;
  beforeAll(async () => {
    m = await createTestModule([ExhibitorsModule]);
    filters = m.get(CatalogueFiltersRepository);
  });
  afterAll(() => m.close());

  it('villageIds finds villages by id or part of the name, diacritics ignored', async () => {
    const batTrang = await villageId(m.dataSource, 'Bát Tràng');
    expect(await filters.villageIds('bat trang')).toEqual([batTrang]);
    expect(await filters.villageIds(batTrang.toUpperCase())).toEqual([batTrang]);
    expect(await filters.villageIds('%')).toEqual([]);
    expect(await filters.villageIds('nowhere')).toEqual([]);
  });

  it('craftCodes finds crafts by code or part of the Vietnamese or English name', async () => {
    expect(await filters.craftCodes('gom-su')).toEqual(['gom-su']);
    expect(await filters.craftCodes('GOM SU')).toEqual(['gom-su']);
    expect(await filters.craftCodes('ceramics')).toEqual(['gom-su']);
    expect(await filters.craftCodes('_')).toEqual([]);
  });
});
