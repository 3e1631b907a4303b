import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The product search reads less per product it finds (catalogue_products, kept by the
 * exhibitors' CatalogueIndexRepository; existing rows are brought up to date here).
 *
 * - `search_key` keeps each word once (`hc_search_doc`): the producer's name, village and craft
 *   repeat the product's words and each other's ("gom su … bat trang … gom su ceramics bat
 *   trang"), and every trigram match is rechecked against the whole text, once per query word.
 *   A query word holds no space, so it is found in the words exactly as before; first-seen
 *   order keeps the words' neighbours.
 * - `own_key`: the product's own words (names, category, materials: `products.search_key`),
 *   what relevance scores after the names; until now split out of `search_key` per row scored.
 */
export class CatalogueSearchRankInputs1796668313075 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION hc_search_doc(words text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT coalesce(string_agg(w, ' ' ORDER BY n), '')
              FROM (SELECT w, min(n) AS n
                      FROM unnest(string_to_array(words, ' ')) WITH ORDINALITY AS t(w, n)
                     GROUP BY w) d $$`);
    await q.query(`ALTER TABLE catalogue_products ADD COLUMN own_key text NOT NULL DEFAULT ''`);
    await q.query(`
      UPDATE catalogue_products cp
         SET own_key = p.search_key, search_key = hc_search_doc(p.search_key || ' | ' || pr.search_key)
        FROM products p JOIN producers pr ON pr.id = p.producer_id
       WHERE p.id = cp.product_id`);
    await q.query(`ALTER TABLE catalogue_products ALTER COLUMN own_key DROP DEFAULT`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE catalogue_products cp SET search_key = p.search_key || ' | ' || pr.search_key
        FROM products p JOIN producers pr ON pr.id = p.producer_id
       WHERE p.id = cp.product_id`);
    await q.query('ALTER TABLE catalogue_products DROP COLUMN own_key');
    await q.query('DROP FUNCTION hc_search_doc(text)');
  }
}
