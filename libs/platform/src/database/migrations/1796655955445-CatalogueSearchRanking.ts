import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The product search ranks by relevance and stops shipping the fair's roster with every query.
 *
 * - `catalogue_products.name_key`: the product's Vietnamese and English names keyed like search
 *   keys (diacritics stripped, đ → d, lower case), so a search can score a word found in the
 *   name above one found only in the materials or the producer's words. Kept by
 *   CatalogueIndexRepository with the rest of the row.
 * - `catalogue_scopes` / `catalogue_scope_members`: a set of producers (a fair's exhibitors)
 *   stored once under the hash of its ids, so a search joins it instead of sending and parsing
 *   thousands of uuids per statement. Written and read by ProductSearchRepository only; a set
 *   unused for a day is removed.
 */
export class CatalogueSearchRanking1796655955445 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE catalogue_products ADD COLUMN name_key text NOT NULL DEFAULT ''`);
    await q.query(`
      UPDATE catalogue_products cp
         SET name_key = hc_search_key(concat_ws(' ', p.name_vi, p.name_en))
        FROM products p WHERE p.id = cp.product_id`);
    await q.query(`ALTER TABLE catalogue_products ALTER COLUMN name_key DROP DEFAULT`);
    await q.query(`
      CREATE TABLE catalogue_scopes (
        scope text PRIMARY KEY CHECK (length(scope) BETWEEN 1 AND 100),
        used_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE catalogue_scope_members (
        scope text NOT NULL REFERENCES catalogue_scopes(scope) ON DELETE CASCADE,
        producer_id uuid NOT NULL,
        PRIMARY KEY (scope, producer_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE catalogue_scope_members');
    await q.query('DROP TABLE catalogue_scopes');
    await q.query('ALTER TABLE catalogue_products DROP COLUMN name_key');
  }
}
