import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A fair's roster checked per product found with one bit instead of a hash probe (the
 * exhibitors' CatalogueIndexRepository and CatalogueScopesRepository keep these; existing rows
 * are brought up to date here).
 *
 * - `producers.catalogue_no`: a small number per producer, given once and never changed.
 * - `catalogue_products.producer_no`: the product's producer's number, kept with the row.
 * - `catalogue_scopes.producer_bits`: bit n set when the producer numbered n is in the set.
 *   A ranked search or a count reads every product it finds: testing a bit per product cost
 *   less than building a hash of 5,000 members and probing it per product (a sixth of a
 *   search). The members' rows stay for the name-order walks, which probe them by index.
 */
export class CatalogueScopeBits1796683159363 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE producers ADD COLUMN catalogue_no integer GENERATED ALWAYS AS IDENTITY UNIQUE',
    );
    await q.query('ALTER TABLE catalogue_products ADD COLUMN producer_no integer');
    await q.query(`
      UPDATE catalogue_products cp SET producer_no = pr.catalogue_no
        FROM producers pr WHERE pr.id = cp.producer_id`);
    await q.query('ALTER TABLE catalogue_products ALTER COLUMN producer_no SET NOT NULL');
    await q.query('ALTER TABLE catalogue_scopes ADD COLUMN producer_bits varbit');
    await q.query(`
      UPDATE catalogue_scopes s SET producer_bits = (
        SELECT coalesce(string_agg(CASE WHEN x.no IS NULL THEN '0' ELSE '1' END, '' ORDER BY n), '')::varbit
          FROM generate_series(0, (SELECT coalesce(max(pr.catalogue_no), -1)
                                     FROM catalogue_scope_members m
                                     JOIN producers pr ON pr.id = m.producer_id
                                    WHERE m.scope = s.scope)) AS n
          LEFT JOIN (SELECT pr.catalogue_no AS no
                       FROM catalogue_scope_members m JOIN producers pr ON pr.id = m.producer_id
                      WHERE m.scope = s.scope) x ON x.no = n)`);
    await q.query('ALTER TABLE catalogue_scopes ALTER COLUMN producer_bits SET NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE catalogue_scopes DROP COLUMN producer_bits');
    await q.query('ALTER TABLE catalogue_products DROP COLUMN producer_no');
    await q.query('ALTER TABLE producers DROP COLUMN catalogue_no');
  }
}
