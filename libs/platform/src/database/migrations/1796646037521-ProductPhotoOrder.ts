import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A product's photos in the producer's order; the first is its cover everywhere it is shown.
 * Existing photos keep the order they were added in. Positions may have gaps (a deleted
 * photo's); two photos of a product never share one, checked at the end of each statement so
 * one UPDATE can reorder them all.
 */
export class ProductPhotoOrder1796646037521 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE product_photos ADD COLUMN position integer');
    await q.query(`
      UPDATE product_photos ph SET position = ordered.n
        FROM (SELECT id, row_number() OVER (PARTITION BY product_id ORDER BY created_at, id) - 1 AS n
                FROM product_photos) ordered
       WHERE ordered.id = ph.id`);
    await q.query(`
      ALTER TABLE product_photos
        ALTER COLUMN position SET NOT NULL,
        ADD CONSTRAINT product_photos_position_check CHECK (position >= 0),
        ADD CONSTRAINT product_photos_product_position_key UNIQUE (product_id, position)
          DEFERRABLE INITIALLY IMMEDIATE`);
    await q.query('DROP INDEX product_photos_product_idx');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE INDEX product_photos_product_idx ON product_photos (product_id, created_at)',
    );
    await q.query('ALTER TABLE product_photos DROP COLUMN position');
  }
}
