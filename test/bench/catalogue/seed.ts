import { Client } from 'pg';

/**
 * Craft words per craft category: product nouns, adjectives and materials, so names and
 * search keys look like the real catalogue (and "bat trang gom" has something to find).
 */
const CRAFTS: Record<string, { nouns: string[]; en: string[]; materials: string[] }> = {
  'may-tre-dan': {
    nouns: ['Chao đèn mây', 'Giỏ tre', 'Khay mây', 'Ghế mây', 'Làn cói', 'Hộp tre'],
    en: [
      'Rattan lamp shade',
      'Bamboo basket',
      'Rattan tray',
      'Rattan chair',
      'Sedge bag',
      'Bamboo box',
    ],
    materials: ['mây', 'tre', 'cói', 'guột'],
  },
  'gom-su': {
    nouns: ['Bình gốm', 'Đĩa gốm', 'Ấm trà', 'Chén sứ', 'Lọ hoa', 'Bát gốm'],
    en: ['Ceramic vase', 'Ceramic plate', 'Teapot', 'Porcelain cup', 'Flower vase', 'Ceramic bowl'],
    materials: ['đất sét', 'men lam', 'men rạn', 'sứ'],
  },
  lua: {
    nouns: ['Khăn lụa', 'Áo dài lụa', 'Vải lụa tơ tằm', 'Cà vạt lụa', 'Túi lụa'],
    en: ['Silk scarf', 'Silk ao dai', 'Silk fabric', 'Silk tie', 'Silk bag'],
    materials: ['lụa', 'tơ tằm'],
  },
  'kham-trai': {
    nouns: ['Hộp khảm trai', 'Tranh khảm trai', 'Khay khảm', 'Bình phong khảm'],
    en: ['Inlaid box', 'Mother-of-pearl picture', 'Inlaid tray', 'Inlaid screen'],
    materials: ['vỏ trai', 'gỗ', 'sơn ta'],
  },
  'tuong-go': {
    nouns: ['Tượng gỗ', 'Tượng Phật gỗ', 'Hộp gỗ', 'Con giống gỗ'],
    en: ['Wooden statue', 'Wooden Buddha', 'Wooden box', 'Wooden figurine'],
    materials: ['gỗ mít', 'gỗ hương', 'sơn son'],
  },
  huong: {
    nouns: ['Hương trầm', 'Hương quế', 'Nụ trầm', 'Tăm hương'],
    en: ['Agarwood incense', 'Cinnamon incense', 'Incense cones', 'Incense sticks'],
    materials: ['trầm', 'quế', 'tre'],
  },
  'son-mai': {
    nouns: ['Tranh sơn mài', 'Hộp sơn mài', 'Bình sơn mài', 'Đĩa sơn mài'],
    en: ['Lacquer painting', 'Lacquer box', 'Lacquer vase', 'Lacquer plate'],
    materials: ['sơn ta', 'vỏ trứng', 'gỗ'],
  },
  bac: {
    nouns: ['Vòng bạc', 'Nhẫn bạc', 'Khuyên tai bạc', 'Hộp bạc chạm'],
    en: ['Silver bracelet', 'Silver ring', 'Silver earrings', 'Chased silver box'],
    materials: ['bạc'],
  },
  theu: {
    nouns: ['Tranh thêu', 'Khăn thêu', 'Gối thêu', 'Áo thêu'],
    en: ['Embroidered picture', 'Embroidered towel', 'Embroidered pillow', 'Embroidered shirt'],
    materials: ['chỉ tơ', 'vải lanh'],
  },
  'duc-dong': {
    nouns: ['Lư đồng', 'Tượng đồng', 'Chuông đồng', 'Đỉnh đồng'],
    en: ['Bronze censer', 'Bronze statue', 'Bronze bell', 'Bronze incense burner'],
    materials: ['đồng'],
  },
  'non-la': {
    nouns: ['Nón lá', 'Nón bài thơ', 'Nón quai thao'],
    en: ['Conical hat', 'Poem hat', 'Flat palm hat'],
    materials: ['lá cọ', 'tre'],
  },
  'do-choi-dan-gian': {
    nouns: ['Chuồn chuồn tre', 'Tò he', 'Đèn ông sao'],
    en: ['Bamboo dragonfly', 'Rice-dough figure', 'Star lantern'],
    materials: ['tre', 'giấy'],
  },
  quat: {
    nouns: ['Quạt giấy', 'Quạt lụa', 'Quạt trang trí'],
    en: ['Paper fan', 'Silk fan', 'Decorative fan'],
    materials: ['giấy dó', 'tre', 'lụa'],
  },
};
const ADJECTIVES = [
  'men lam',
  'vẽ tay',
  'cao cấp',
  'truyền thống',
  'cỡ lớn',
  'mini',
  'đặc biệt',
  'xuất khẩu',
];
const FORMS = ['HTX', 'Công ty TNHH', 'Cơ sở', 'Hộ kinh doanh', 'Xưởng'];

export interface Seeded {
  fairId: string;
  producers: number;
  products: number;
  published: number;
  millis: number;
}

/**
 * 5,000 producers in the seeded craft villages (1 in 20 unpublished), 10 products each (9 in
 * 10 published, 1 in 5 with an OCOP rating, some expired), all of them approved exhibitors of
 * one published fair. A few statements with generate_series; the tables' own triggers build
 * the search keys, and the caller builds the catalogue index (CatalogueIndexRepository.rebuild).
 */
export async function seedCatalogue(
  url: string,
  producers = 5000,
  perProducer = 10,
): Promise<Seeded> {
  const started = Date.now();
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('BEGIN');
    const [{ id: body }] = (
      await db.query(
        `INSERT INTO organising_bodies (code, name_vi) VALUES ('bench', 'Sở Công Thương Hà Nội') RETURNING id`,
      )
    ).rows;
    const [{ id: user }] = (
      await db.query(
        `INSERT INTO users (email, password_hash, full_name, role, organising_body_id)
         VALUES ('bench@hoicho.local', 'x', 'Bench', 'organiser', $1) RETURNING id`,
        [body],
      )
    ).rows;
    const [{ id: fairId }] = (
      await db.query(
        `INSERT INTO fairs (organising_body_id, name_vi, name_en, venue_name, venue_address,
            applications_open_at, applications_close_at, status, created_by)
         VALUES ($1, 'Hội chợ làng nghề Hà Nội 2026', 'Hanoi Craft Village Fair 2026',
            'Cung Văn hóa Hữu nghị Việt Xô', '91 Trần Hưng Đạo, Hà Nội',
            '2026-08-01T08:00+07', '2026-09-15T17:00+07', 'published', $2) RETURNING id`,
        [body, user],
      )
    ).rows;
    await db.query(
      `INSERT INTO fair_days (fair_id, day, opens_at, closes_at)
       SELECT $1, d, '08:00', '21:00' FROM generate_series('2026-10-10'::date, '2026-10-13', '1 day') d`,
      [fairId],
    );
    await db.query(
      `INSERT INTO producers (legal_name_vi, legal_name_en, craft_village_id, craft_category, published)
       SELECT ($2::text[])[1 + i % 5] || ' ' || c.name_vi || ' ' || v.name || ' ' || i,
              CASE WHEN i % 3 = 0 THEN c.name_en || ' ' || v.name || ' Co. ' || i END,
              v.id, v.craft_category, i % 20 <> 0
         FROM generate_series(1, $1::int) i
         JOIN (SELECT id, name, craft_category, row_number() OVER (ORDER BY name) - 1 AS n
                 FROM craft_villages) v ON v.n = i % (SELECT count(*) FROM craft_villages)
         JOIN craft_categories c ON c.code = v.craft_category`,
      [producers, FORMS],
    );
    const crafts = Object.entries(CRAFTS).map(([code, words]) => ({ code, ...words }));
    await db.query(
      `WITH words AS (
         SELECT w->>'code' AS craft,
                ARRAY(SELECT jsonb_array_elements_text(w->'nouns')) AS nouns,
                ARRAY(SELECT jsonb_array_elements_text(w->'en')) AS en,
                ARRAY(SELECT jsonb_array_elements_text(w->'materials')) AS materials
           FROM jsonb_array_elements($1::jsonb) w),
       makers AS (SELECT id, craft_category, row_number() OVER (ORDER BY id) AS k FROM producers)
       INSERT INTO products (producer_id, name_vi, name_en, category, materials, price_min, price_max,
           min_order_quantity, ocop_stars, ocop_expires_on, sample_available, published)
       SELECT m.id,
              w.nouns[1 + (m.k + j) % cardinality(w.nouns)] || ' ' || ($2::text[])[1 + (m.k * 7 + j) % 8] || ' ' || j,
              CASE WHEN j % 2 = 0 THEN w.en[1 + (m.k + j) % cardinality(w.en)] || ' ' || j END,
              w.nouns[1 + (m.k + j) % cardinality(w.nouns)],
              ARRAY[w.materials[1 + (m.k + j) % cardinality(w.materials)],
                    w.materials[1 + (m.k + j + 1) % cardinality(w.materials)]],
              price, price + (m.k * 37 + j * 11) % 20 * 50000,
              CASE WHEN j % 3 = 0 THEN 10 * (1 + j) END,
              CASE WHEN (m.k + j) % 5 = 0 THEN 3 + (m.k + j) % 3 END,
              CASE WHEN (m.k + j) % 5 = 0 THEN
                CASE WHEN (m.k + j) % 4 = 0 THEN '2024-12-31'::date ELSE '2099-12-31'::date END END,
              j % 2 = 1, j % 10 <> 0
         FROM makers m JOIN words w ON w.craft = m.craft_category
        CROSS JOIN generate_series(1, $3::int) j
        CROSS JOIN LATERAL (SELECT (50000 + (m.k * 131 + j * 977) % 100 * 45000)::bigint AS price) p`,
      [JSON.stringify(crafts), ADJECTIVES, perProducer],
    );
    await db.query(
      `INSERT INTO applications (fair_id, producer_id, reference, status, booths_wanted, booth_type_ids,
          producer_name, created_by, submitted_by, submitted_at, decided_at)
       SELECT $1, id, 'HC-' || upper(substr(md5(id::text), 1, 10)), 'approved', 1, ARRAY[gen_random_uuid()],
              legal_name_vi, $2, $2, now(), now()
         FROM producers`,
      [fairId, user],
    );
    await db.query('COMMIT');
    // What autovacuum would have done by the time anyone searches.
    await db.query('VACUUM ANALYZE');
    const [counts] = (
      await db.query(
        `SELECT (SELECT count(*) FROM producers)::int AS producers, (SELECT count(*) FROM products)::int AS products,
                (SELECT count(*) FROM products WHERE published)::int AS published`,
      )
    ).rows;
    return { fairId, ...counts, millis: Date.now() - started };
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
}
