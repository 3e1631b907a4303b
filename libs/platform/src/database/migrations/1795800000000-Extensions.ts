import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Extensions and helpers every area relies on: unaccent (diacritic-insensitive search,
 * maps Đ/đ to D/d), citext (case-insensitive emails), pg_trgm (fuzzy search indexes),
 * pgcrypto (gen_random_uuid), btree_gist (exclusion constraints), and the Vietnamese ICU
 * collation for sorting (An, Anh, Ánh, Ă, Ân, …, Dương, Đặng).
 */
export class Extensions1795800000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    for (const extension of ['unaccent', 'citext', 'pg_trgm', 'pgcrypto', 'btree_gist']) {
      await q.query(`CREATE EXTENSION IF NOT EXISTS ${extension}`);
    }
    await q.query(`CREATE COLLATION IF NOT EXISTS vi (provider = icu, locale = 'vi-VN')`);
    // unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes
    // a wrapper safe to mark IMMUTABLE, so search keys can be indexed.
    await q.query(`
      CREATE OR REPLACE FUNCTION hc_search_key(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(regexp_replace(public.unaccent('public.unaccent'::regdictionary, value), '\\s+', ' ', 'g')) $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION IF EXISTS hc_search_key(text)');
    await q.query('DROP COLLATION IF EXISTS vi');
  }
}
