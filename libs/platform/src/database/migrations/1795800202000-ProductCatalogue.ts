import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each producer's catalogue of products and samples, with an OCOP rating (stars and the
 * certificate's last valid day) and photos whose bytes live in the photo storage (disk by
 * default) under `storage_key`. Prices are integer đồng.
 */
export class ProductCatalogue1795800202000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE products (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        producer_id uuid NOT NULL REFERENCES producers(id) ON DELETE CASCADE,
        name_vi text NOT NULL CHECK (length(name_vi) BETWEEN 1 AND 200),
        name_en text CHECK (length(name_en) BETWEEN 1 AND 200),
        category text NOT NULL CHECK (length(category) BETWEEN 1 AND 100),
        materials text[] NOT NULL DEFAULT '{}' CHECK (cardinality(materials) <= 20),
        dimensions_text text CHECK (length(dimensions_text) BETWEEN 1 AND 200),
        width_cm numeric(7, 1) CHECK (width_cm > 0),
        depth_cm numeric(7, 1) CHECK (depth_cm > 0),
        height_cm numeric(7, 1) CHECK (height_cm > 0),
        price_min bigint CHECK (price_min >= 0),
        price_max bigint CHECK (price_max >= 0),
        min_order_quantity integer CHECK (min_order_quantity >= 1),
        ocop_stars smallint CHECK (ocop_stars BETWEEN 1 AND 5),
        ocop_expires_on date,
        sample_available boolean NOT NULL DEFAULT false,
        published boolean NOT NULL DEFAULT false,
        search_key text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT products_price_range CHECK (price_min <= price_max),
        CONSTRAINT products_ocop_complete CHECK ((ocop_stars IS NULL) = (ocop_expires_on IS NULL))
      )`);
    await q.query(
      'CREATE INDEX products_producer_name_idx ON products (producer_id, name_vi COLLATE vi, id)',
    );
    await q.query('CREATE INDEX products_name_idx ON products (name_vi COLLATE vi, id)');
    await q.query(
      'CREATE INDEX products_search_idx ON products USING gin (search_key gin_trgm_ops)',
    );
    // array_to_string and concat_ws are only STABLE, so the key is kept by a trigger rather
    // than a generated column.
    await q.query(`
      CREATE FUNCTION exhibitors_product_search_key() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_key := hc_search_key(concat_ws(' ', NEW.name_vi, NEW.name_en, NEW.category,
          array_to_string(NEW.materials, ' ')));
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER products_search_key BEFORE INSERT OR UPDATE ON products
        FOR EACH ROW EXECUTE FUNCTION exhibitors_product_search_key()`);
    await q.query(`
      CREATE TABLE product_photos (
        id uuid PRIMARY KEY,
        product_id uuid NOT NULL REFERENCES products(id) ON DELETE CASCADE,
        storage_key text NOT NULL UNIQUE CHECK (length(storage_key) BETWEEN 1 AND 200),
        content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
        size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 5242880),
        caption text CHECK (length(caption) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      'CREATE INDEX product_photos_product_idx ON product_photos (product_id, created_at)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE product_photos');
    await q.query('DROP TABLE products');
    await q.query('DROP FUNCTION exhibitors_product_search_key()');
  }
}
