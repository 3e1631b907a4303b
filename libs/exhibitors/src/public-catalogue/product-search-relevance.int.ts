import { randomUUID } from 'node:crypto';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { ExhibitorsModule } from '../exhibitors.module';
import { addProducer, addProduct } from '../testing/exhibitors-fixtures';
import { CatalogueIndexRepository } from './catalogue-index.repository';
import { INLINE_PRODUCERS } from './catalogue-scopes.repository';
import { CataloguePage, ProductSearchFilters } from './public-catalogue.rows';
import { ProductSearchRepository } from './product-search.repository';

describe('ProductSearchRepository: relevance (on the real schema)', () => {
  let m: TestModule;
  let search: ProductSearchRepository;
  let producers: string[];
  const page: CataloguePage = { lang: 'vi', limit: 20, offset: 0 };
  const filters = (q: string, f: Partial<ProductSearchFilters> = {}): ProductSearchFilters => ({
    producerIds: producers,
    today: '2026-10-10',
    q,
    ...f,
  });
  const names = async (q: string, f: Partial<ProductSearchFilters> = {}, p = page) =>
    (await search.page(filters(q, f), p)).map((r) => r.nameVi);

  beforeAll(async () => {
    m = await createTestModule([ExhibitorsModule]);
    search = m.get(ProductSearchRepository);
    const maker = await addProducer(m.dataSource, { nameVi: 'Cơ sở đan lát Ninh Sở' });
    // "Mây" in the producer's name only: a product of theirs holds the word among producer words.
    const htx = await addProducer(m.dataSource, { nameVi: 'HTX Mây tre Đông Anh' });
    producers = [maker, htx];
    await addProduct(m.dataSource, maker, { nameVi: 'Bộ 3 giỏ lục bình', materials: ['Mây'] });
    await addProduct(m.dataSource, maker, { nameVi: 'Giỏ mây đan tay', materials: ['Mây'] });
    await addProduct(m.dataSource, maker, { nameVi: 'Ấm giỏ mây', materials: ['Mây'] });
    await addProduct(m.dataSource, htx, { nameVi: 'Giỏ đựng đồ', materials: ['Tre'] });
    await addProduct(m.dataSource, maker, { nameVi: 'Đèn lồng Hội An', materials: ['Lụa'] });
    await addProduct(m.dataSource, htx, { nameVi: 'Chao đèn', materials: ['Tre'] });
    await m.transactions.run(({ manager }) => m.get(CatalogueIndexRepository).rebuild(manager));
  });
  afterAll(() => m.close());

  it('"giỏ mây" ranks the names that begin with it, then names holding both words, then the rest', async () => {
    const ranked = ['Giỏ mây đan tay', 'Ấm giỏ mây', 'Bộ 3 giỏ lục bình', 'Giỏ đựng đồ'];
    expect(await names('giỏ mây')).toEqual(ranked);
    // The same with diacritics left out, in capitals, or with extra spaces.
    expect(await names('gio may')).toEqual(ranked);
    expect(await names('  GIỎ   MÂY ')).toEqual(ranked);
    // Names in Vietnamese order (đ after d, before m) only break ties.
    expect(await names('gio')).toEqual([
      'Giỏ đựng đồ',
      'Giỏ mây đan tay',
      'Ấm giỏ mây',
      'Bộ 3 giỏ lục bình',
    ]);
  });

  it('đ and Đ match d (and d matches đ), in names and producer words alike', async () => {
    expect(await names('đèn')).toEqual(['Đèn lồng Hội An', 'Chao đèn']);
    expect(await names('DEN')).toEqual(['Đèn lồng Hội An', 'Chao đèn']);
    expect(await names('den long')).toEqual(['Đèn lồng Hội An']);
    expect(await names('DONG ANH gio')).toEqual(['Giỏ đựng đồ']);
    // Every product's category is "Đồ gia dụng": "đựng" (dung) is in all, first in this name.
    expect((await names('đựng'))[0]).toBe('Giỏ đựng đồ');
    expect(await names('đựng')).toHaveLength(6);
    expect(await names('%')).toEqual([]);
  });

  it('a name word that begins with the word outranks one that only holds it', async () => {
    // "an" begins "An" (Hội An) but is only inside "đan": 4 + 1 before 2 + 1, then the rest.
    expect((await names('an')).slice(0, 2)).toEqual(['Đèn lồng Hội An', 'Giỏ mây đan tay']);
  });

  it('search pages the ranking and counts every product found, also past the last page', async () => {
    const all = await search.search(filters('gio may'), page);
    expect(all.total).toBe(4);
    const second = await search.search(filters('gio may'), { ...page, limit: 2, offset: 2 });
    expect(second.rows.map((r) => r.nameVi)).toEqual(['Bộ 3 giỏ lục bình', 'Giỏ đựng đồ']);
    expect(second.total).toBe(4);
    expect(await search.search(filters('gio may'), { ...page, offset: 40 })).toEqual({
      rows: [],
      total: 4,
    });
    expect(await search.search(filters('gio', { producerIds: [] }), page)).toEqual({
      rows: [],
      total: 0,
    });
  });

  it('a roster too long to send inline is stored once as a scope, with the same answers', async () => {
    const many = [...producers, ...Array.from({ length: INLINE_PRODUCERS }, () => randomUUID())];
    const before = await m.dataSource.query('SELECT count(*)::int AS n FROM catalogue_scopes');
    expect(await names('giỏ mây', { producerIds: many })).toEqual(await names('giỏ mây'));
    expect(await search.count(filters('gio', { producerIds: many }))).toBe(4);
    expect(await names('', { producerIds: many.slice(1) })).toEqual(['Chao đèn', 'Giỏ đựng đồ']);
    const after = await m.dataSource.query('SELECT count(*)::int AS n FROM catalogue_scopes');
    expect(after[0].n - before[0].n).toBe(2);
    const members = await m.dataSource.query(
      'SELECT count(*)::int AS n FROM catalogue_scope_members WHERE producer_id = $1',
      [producers[1]],
    );
    expect(members[0].n).toBe(2);
    // Its bits mark the numbers of the producers that exist (the made-up ids have none).
    const [{ bits, numbers }] = await m.dataSource.query(
      `SELECT (SELECT producer_bits::text FROM catalogue_scopes s
                 JOIN catalogue_scope_members m USING (scope)
                WHERE m.producer_id = $1 AND s.scope IN
                      (SELECT scope FROM catalogue_scope_members WHERE producer_id = $2)
                LIMIT 1) AS bits,
              (SELECT array_agg(catalogue_no) FROM producers WHERE id = ANY ($3::uuid[])) AS numbers`,
      [many[2], producers[0], producers],
    );
    const set = [...bits].flatMap((bit: string, n: number) => (bit === '1' ? [n] : []));
    expect(set).toEqual([...numbers].sort((a: number, b: number) => a - b));
  });

  it('a producer numbered after a stored roster is not in it, and its products do not break it', async () => {
    const many = [...producers, ...Array.from({ length: INLINE_PRODUCERS }, () => randomUUID())];
    const before = await search.search(filters('gio', { producerIds: many }), page);
    const later = await addProducer(m.dataSource, { nameVi: 'Cơ sở giỏ mới' });
    await addProduct(m.dataSource, later, { nameVi: 'Giỏ cói', materials: ['Cói'] });
    await m.transactions.run(({ manager }) => m.get(CatalogueIndexRepository).rebuild(manager));
    expect(await search.search(filters('gio', { producerIds: many }), page)).toEqual(before);
    expect(await search.count(filters('', { producerIds: many }))).toBe(6);
    // Once in a roster, it is found.
    const withLater = [...many, later];
    expect(await names('gio coi', { producerIds: withLater })).toEqual(['Giỏ cói']);
    expect(await search.count(filters('', { producerIds: withLater }))).toBe(7);
  });
});
