import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { ExhibitorsModule } from '../exhibitors.module';
import { ReferenceDataRepository } from './reference-data.repository';

/** What a person types without Vietnamese keys: no tone marks, đ as d. */
const unaccented = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/** [code, province, name]: spread over the country, plus Hà Nội's craft-village communes. */
const SAMPLE: [string, string, string][] = [
  ['10030', '01', 'Xã Phú Nghĩa'],
  ['00577', '01', 'Xã Bát Tràng'],
  ['10330', '01', 'Xã Chuyên Mỹ'],
  ['09871', '01', 'Xã Sơn Đồng'],
  ['10369', '01', 'Xã Ứng Thiên'],
  ['01501', '04', 'Xã Đàm Thủy'],
  ['03226', '11', 'Xã Sín Chải'],
  ['03979', '14', 'Phường Mộc Sơn'],
  ['05533', '19', 'Phường Bá Xuyên'],
  ['06994', '22', 'Đặc khu Vân Đồn'],
  ['12595', '33', 'Xã Ngự Thiên'],
  ['15610', '38', 'Xã Yên Nhân'],
  ['18523', '42', 'Xã Hương Bình'],
  ['19960', '46', 'Phường Phú Bài'],
  ['20242', '48', 'Phường Hải Châu'],
  ['22660', '56', 'Xã Diên Lâm'],
  ['24712', '68', 'Xã Quảng Phú'],
  ['26740', '79', 'Phường Sài Gòn'],
  ['28702', '82', 'Xã Tân Hòa'],
  ['32062', '96', 'Xã Khánh Lâm'],
];

describe('The national administrative map (migrated seed)', () => {
  let m: TestModule;
  let reference: ReferenceDataRepository;
  beforeAll(async () => {
    m = await createTestModule([ExhibitorsModule]);
    reference = m.get(ReferenceDataRepository);
  });
  afterAll(() => m.close());

  it('has the 34 provinces and 3,321 communes, wards and special zones of the official list', async () => {
    const [counts] = await m.dataSource.query(
      `SELECT (SELECT count(*)::int FROM provinces) AS provinces,
              (SELECT count(*)::int FROM communes) AS communes,
              (SELECT count(*)::int FROM communes WHERE province_code = '01') AS "haNoi",
              (SELECT count(*)::int FROM communes WHERE kind = 'special_zone') AS "specialZones"`,
    );
    expect(counts).toEqual({ provinces: 34, communes: 3321, haNoi: 126, specialZones: 13 });
  });

  it('finds every province by its name typed without diacritics', async () => {
    const provinces = await reference.provinces();
    for (const { code, name } of provinces) {
      const found: { code: string }[] = await m.dataSource.query(
        'SELECT code FROM provinces WHERE hc_search_key(name) = hc_search_key($1)',
        [unaccented(name)],
      );
      expect({ name, codes: found.map((p) => p.code) }).toEqual({ name, codes: [code] });
    }
  });

  it.each(SAMPLE)(
    'finds commune %s (%s, %s) by its unaccented name',
    async (code, province, name) => {
      const found = await reference.communes(province, unaccented(name));
      expect(found).toContainEqual(expect.objectContaining({ code, name, provinceCode: province }));
    },
  );

  it('keeps the recognised craft villages linked to their commune under its official code', async () => {
    const villages: { name: string; commune: string | null }[] = await m.dataSource.query(
      `SELECT v.name, c.name AS commune FROM craft_villages v
         LEFT JOIN communes c ON c.code = v.commune_code
        WHERE v.name IN ('Phú Vinh', 'Bát Tràng', 'Chuyên Mỹ', 'Sơn Đồng', 'Quảng Phú Cầu')
        ORDER BY v.name`,
    );
    expect(villages).toEqual([
      { name: 'Bát Tràng', commune: 'Xã Bát Tràng' },
      { name: 'Chuyên Mỹ', commune: 'Xã Chuyên Mỹ' },
      { name: 'Phú Vinh', commune: 'Xã Phú Nghĩa' },
      { name: 'Quảng Phú Cầu', commune: 'Xã Ứng Thiên' },
      { name: 'Sơn Đồng', commune: 'Xã Sơn Đồng' },
    ]);
  });
});
