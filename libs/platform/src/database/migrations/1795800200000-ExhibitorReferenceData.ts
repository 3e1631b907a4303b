import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Seed rows. Province codes are the GSO codes kept after the 1 July 2025 merger (Hà Nội 01).
 * Commune codes are demo values (unverified): administrative units keep changing, so admins
 * correct and extend this data through PUT /api/v1/reference/… rather than a code change.
 */
const PROVINCES: [string, string][] = [
  ['01', 'Thành phố Hà Nội'],
  ['48', 'Thành phố Đà Nẵng'],
  ['79', 'Thành phố Hồ Chí Minh'],
];

const COMMUNES: [string, string, string, 'commune' | 'ward'][] = [
  ['10183', '01', 'Xã Phú Nghĩa', 'commune'],
  ['00574', '01', 'Xã Bát Tràng', 'commune'],
  ['09552', '01', 'Phường Hà Đông', 'ward'],
  ['10441', '01', 'Xã Chuyên Mỹ', 'commune'],
  ['09982', '01', 'Xã Sơn Đồng', 'commune'],
  ['10522', '01', 'Xã Ứng Thiên', 'commune'],
  ['10351', '01', 'Xã Thường Tín', 'commune'],
  ['00004', '01', 'Phường Ba Đình', 'ward'],
  ['20194', '48', 'Phường Hải Châu', 'ward'],
  ['26734', '79', 'Phường Sài Gòn', 'ward'],
];

const CRAFTS: [string, string, string][] = [
  ['may-tre-dan', 'Mây tre đan', 'Rattan and bamboo weaving'],
  ['gom-su', 'Gốm sứ', 'Ceramics'],
  ['lua', 'Lụa, dệt', 'Silk weaving'],
  ['kham-trai', 'Khảm trai', 'Mother-of-pearl inlay'],
  ['tuong-go', 'Tượng gỗ, đồ gỗ', 'Wooden statues and woodwork'],
  ['huong', 'Hương, tăm hương', 'Incense sticks'],
  ['son-mai', 'Sơn mài', 'Lacquer'],
  ['bac', 'Chạm bạc', 'Silverwork'],
  ['theu', 'Thêu ren', 'Embroidery'],
  ['duc-dong', 'Đúc đồng', 'Bronze casting'],
  ['non-la', 'Nón lá', 'Conical hats'],
  ['do-choi-dan-gian', 'Đồ chơi dân gian', 'Folk toys'],
  ['quat', 'Quạt giấy', 'Paper fans'],
];

/** [name, craft, province, commune or null when unverified] — all recognised craft villages. */
const VILLAGES: [string, string, string, string | null][] = [
  ['Phú Vinh', 'may-tre-dan', '01', '10183'],
  ['Bát Tràng', 'gom-su', '01', '00574'],
  ['Vạn Phúc', 'lua', '01', '09552'],
  ['Chuyên Mỹ', 'kham-trai', '01', '10441'],
  ['Sơn Đồng', 'tuong-go', '01', '09982'],
  ['Quảng Phú Cầu', 'huong', '01', '10522'],
  ['Hạ Thái', 'son-mai', '01', null],
  ['Đình Công', 'bac', '01', null],
  ['Quất Động', 'theu', '01', null],
  ['Ngũ Xá', 'duc-dong', '01', null],
  ['Chuông', 'non-la', '01', null],
  ['Thạch Xá', 'do-choi-dan-gian', '01', null],
  ['Chàng Sơn', 'quat', '01', null],
];

const CODE_CHECK = `'^[a-z0-9][a-z0-9-]{0,39}$'`;

/**
 * Reference data for producer profiles: provinces and communes (two levels since 7/2025, no
 * district), craft categories and craft villages. All of it is updatable through the API.
 */
export class ExhibitorReferenceData1795800200000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE provinces (
        code text PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE communes (
        code text PRIMARY KEY CHECK (code ~ '^[0-9]{5}$'),
        province_code text NOT NULL REFERENCES provinces(code) ON DELETE RESTRICT,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        kind text NOT NULL CHECK (kind IN ('commune', 'ward', 'special_zone')),
        search_key text GENERATED ALWAYS AS (hc_search_key(name)) STORED,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT communes_code_province_key UNIQUE (code, province_code)
      )`);
    await q.query(
      'CREATE INDEX communes_province_idx ON communes (province_code, name COLLATE vi)',
    );
    await q.query(`
      CREATE TABLE craft_categories (
        code text PRIMARY KEY CHECK (code ~ ${CODE_CHECK}),
        name_vi text NOT NULL CHECK (length(name_vi) BETWEEN 1 AND 100),
        name_en text CHECK (length(name_en) BETWEEN 1 AND 100),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE craft_villages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        craft_category text NOT NULL REFERENCES craft_categories(code) ON UPDATE CASCADE ON DELETE RESTRICT,
        province_code text NOT NULL REFERENCES provinces(code) ON DELETE RESTRICT,
        commune_code text,
        recognised boolean NOT NULL DEFAULT false,
        search_key text GENERATED ALWAYS AS (hc_search_key(name)) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT craft_villages_commune_fk FOREIGN KEY (commune_code, province_code)
          REFERENCES communes(code, province_code) ON DELETE RESTRICT
      )`);
    await q.query(
      'CREATE UNIQUE INDEX craft_villages_name_key ON craft_villages (province_code, hc_search_key(name), craft_category)',
    );
    await q.query(
      'CREATE INDEX craft_villages_search_idx ON craft_villages USING gin (search_key gin_trgm_ops)',
    );
    for (const [code, name] of PROVINCES) {
      await q.query('INSERT INTO provinces (code, name) VALUES ($1, $2)', [code, name]);
    }
    for (const [code, province, name, kind] of COMMUNES) {
      await q.query(
        'INSERT INTO communes (code, province_code, name, kind) VALUES ($1, $2, $3, $4)',
        [code, province, name, kind],
      );
    }
    for (const [code, nameVi, nameEn] of CRAFTS) {
      await q.query('INSERT INTO craft_categories (code, name_vi, name_en) VALUES ($1, $2, $3)', [
        code,
        nameVi,
        nameEn,
      ]);
    }
    for (const [name, craft, province, commune] of VILLAGES) {
      await q.query(
        `INSERT INTO craft_villages (name, craft_category, province_code, commune_code, recognised)
         VALUES ($1, $2, $3, $4, true)`,
        [name, craft, province, commune],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['craft_villages', 'craft_categories', 'communes', 'provinces']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
