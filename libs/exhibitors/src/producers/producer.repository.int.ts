import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { ExhibitorsModule } from '../exhibitors.module';
import { addProducer, villageId } from '../testing/exhibitors-fixtures';
import { brokenConstraint } from '../common/field-errors';
import { ProducerRepository } from './producer.repository';

describe('ProducerRepository (on the real schema)', () => {
  let m: TestModule;
  let producers: ProducerRepository;
  let phuVinh: string;
  beforeAll(async () => {
    m = await createTestModule([ExhibitorsModule]);
    producers = m.get(ProducerRepository);
    phuVinh = await villageId(m.dataSource, 'Phú Vinh');
  });
  afterAll(() => m.close());

  it('insert makes a producer from its name; findById, exists and byIds find it', async () => {
    const created = await m.transactions.run(({ manager }) =>
      producers.insert(manager, {
        legalNameVi: 'HTX Mây tre đan Phú Vinh',
        legalForm: 'cooperative',
      }),
    );
    expect(created).toMatchObject({
      legalNameVi: 'HTX Mây tre đan Phú Vinh',
      legalForm: 'cooperative',
      published: false,
    });
    expect(await producers.findById(created.id)).toMatchObject({ id: created.id });
    expect(await producers.exists(created.id)).toBe(true);
    expect(await producers.exists(phuVinh)).toBe(false);
    expect((await producers.byIds([created.id, phuVinh])).map((p) => p.id)).toEqual([created.id]);
    expect(await producers.byIds([])).toEqual([]);
  });

  it('lock and save write a whole profile; a taken tax code breaks producers_tax_code_key', async () => {
    const first = await addProducer(m.dataSource, {
      nameVi: 'Công ty A',
      legalForm: 'enterprise',
      taxCode: '0100233488',
    });
    const second = await addProducer(m.dataSource, { nameVi: 'Công ty B' });
    await m.transactions.run(async ({ manager }) => {
      const locked = await producers.lock(manager, second);
      await producers.save(manager, { ...locked!, craftVillageId: phuVinh, published: true });
    });
    expect(await producers.findById(second)).toMatchObject({
      craftVillageId: phuVinh,
      published: true,
    });
    const taken = await m.transactions
      .run(async ({ manager }) => {
        const locked = await producers.lock(manager, second);
        await producers.save(manager, {
          ...locked!,
          legalForm: 'enterprise',
          taxCode: '0100233488',
        });
      })
      .catch((e: unknown) => e);
    expect(brokenConstraint(taken)).toBe('producers_tax_code_key');
    expect(await m.transactions.run(({ manager }) => producers.lock(manager, phuVinh))).toBeNull();
    expect(first).toBeDefined();
  });

  it('search finds by words of the name, village and craft, filters, pages in Vietnamese order', async () => {
    await addProducer(m.dataSource, { nameVi: 'Đặng Văn Hùng', craft: 'quat' });
    await addProducer(m.dataSource, { nameVi: 'Dương Thị Lan', craft: 'quat' });
    const page = { limit: 20, offset: 0 };
    const ids = async (filters: object) => (await producers.search({ ...page, ...filters })).ids;
    const byName = async (filters: object) =>
      (await producers.byIds(await ids(filters))).map((p) => p.legalNameVi).sort();
    expect(await byName({ q: 'phu vinh may tre' })).toEqual([
      'Công ty B',
      'HTX Mây tre đan Phú Vinh',
    ]);
    expect(await byName({ q: 'dang' })).toEqual(['Đặng Văn Hùng']);
    expect(await byName({ craftVillageId: phuVinh })).toEqual(['Công ty B']);
    expect(await byName({ craftCategory: 'quat' })).toEqual(['Dương Thị Lan', 'Đặng Văn Hùng']);
    expect(await byName({ published: true })).toEqual([
      'Công ty A',
      'Công ty B',
      'Dương Thị Lan',
      'Đặng Văn Hùng',
    ]);
    const ordered = await producers.search({ craftCategory: 'quat', limit: 1, offset: 1 });
    expect(ordered.total).toBe(2);
    expect((await producers.byIds(ordered.ids))[0].legalNameVi).toBe('Đặng Văn Hùng');
  });
});
