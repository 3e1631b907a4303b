import { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS = `product_id, producer_id, listed, name_vi, name_en, search_key, craft_village_id,
  craft_category, materials_key, ocop_stars, ocop_expires_on, price_min, price_max`;

/** The catalogue row of each product, from the product, its producer and the producer's village. */
const SOURCE = `
  SELECT p.id, p.producer_id, p.published AND pr.published, p.name_vi, p.name_en,
         p.search_key || ' | ' || pr.search_key, pr.craft_village_id,
         coalesce(pr.craft_category, v.craft_category), hc_materials_key(p.materials),
         p.ocop_stars, p.ocop_expires_on, p.price_min, p.price_max
    FROM products p
    JOIN producers pr ON pr.id = p.producer_id
    LEFT JOIN craft_villages v ON v.id = pr.craft_village_id`;

/**
 * The public catalogue's search index: one row per product with everything its search filters
 * and sorts on — both published flags, names, a key holding the product's words and its
 * producer's (name, village, craft), village, craft, materials keyed like search keys, OCOP and
 * prices. A search is then one table and its indexes (trigram on the key, btree on the
 * filters, the Vietnamese name order) instead of a join of four tables per candidate row; see
 * test/bench/catalogue for what that buys on 5,000 producers and 50,000 products.
 *
 * Triggers on the tables it mirrors keep it current in the same transaction as their writes;
 * nothing else writes it, and the exhibitors code does not know it exists.
 */
export class PublicCatalogueIndexes1795800501000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    // hc_search_key is IMMUTABLE and so is walking an array, so the wrapper is too.
    await q.query(`
      CREATE FUNCTION hc_materials_key(materials text[]) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT coalesce(array_agg(public.hc_search_key(m)), '{}') FROM unnest(materials) AS m $$`);
    await q.query(`
      CREATE TABLE catalogue_products (
        product_id uuid PRIMARY KEY REFERENCES products(id) ON DELETE CASCADE,
        producer_id uuid NOT NULL REFERENCES producers(id) ON DELETE CASCADE,
        listed boolean NOT NULL,
        name_vi text NOT NULL,
        name_en text,
        search_key text NOT NULL,
        craft_village_id uuid,
        craft_category text,
        materials_key text[] NOT NULL,
        ocop_stars smallint,
        ocop_expires_on date,
        price_min bigint,
        price_max bigint
      )`);
    for (const index of [
      'catalogue_products_key_idx ON catalogue_products USING gin (search_key gin_trgm_ops) WHERE listed',
      'catalogue_products_name_vi_idx ON catalogue_products (name_vi COLLATE vi, product_id) WHERE listed',
      'catalogue_products_name_en_idx ON catalogue_products ((coalesce(name_en, name_vi)) COLLATE vi, product_id) WHERE listed',
      'catalogue_products_materials_idx ON catalogue_products USING gin (materials_key) WHERE listed',
      'catalogue_products_village_idx ON catalogue_products (craft_village_id) WHERE listed',
      'catalogue_products_craft_idx ON catalogue_products (craft_category) WHERE listed',
      'catalogue_products_ocop_idx ON catalogue_products (ocop_stars, ocop_expires_on) WHERE listed AND ocop_stars IS NOT NULL',
      'catalogue_products_price_idx ON catalogue_products (price_max, price_min) WHERE listed AND price_min IS NOT NULL',
      'catalogue_products_producer_idx ON catalogue_products (producer_id)',
      // Counting a fair's listed products: an index-only scan, the exhibitor test per entry.
      'catalogue_products_listed_idx ON catalogue_products (producer_id) WHERE listed',
    ]) {
      await q.query(`CREATE INDEX ${index}`);
    }
    await q.query(`
      CREATE FUNCTION catalogue_products_sync(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO catalogue_products (${COLUMNS})
        ${SOURCE}
         WHERE p.id = ANY (ids)
        ON CONFLICT (product_id) DO UPDATE SET
          producer_id = EXCLUDED.producer_id, listed = EXCLUDED.listed,
          name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en,
          search_key = EXCLUDED.search_key, craft_village_id = EXCLUDED.craft_village_id,
          craft_category = EXCLUDED.craft_category, materials_key = EXCLUDED.materials_key,
          ocop_stars = EXCLUDED.ocop_stars, ocop_expires_on = EXCLUDED.ocop_expires_on,
          price_min = EXCLUDED.price_min, price_max = EXCLUDED.price_max
      $$`);
    // Statement triggers with transition tables: a bulk insert or update is synced in one go.
    await q.query(`
      CREATE FUNCTION catalogue_products_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM catalogue_products_sync(ARRAY(SELECT id FROM changed));
        RETURN NULL;
      END $$`);
    for (const event of ['INSERT', 'UPDATE']) {
      await q.query(`
        CREATE TRIGGER products_catalogue_${event.toLowerCase()} AFTER ${event} ON products
          REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
          EXECUTE FUNCTION catalogue_products_changed()`);
    }
    // A producer's key is recomputed by its own BEFORE trigger (also when its village or craft
    // is renamed), so compare the old and new rows rather than rely on "UPDATE OF".
    await q.query(`
      CREATE FUNCTION catalogue_producers_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM catalogue_products_sync(ARRAY(
          SELECT p.id FROM changed n JOIN previous o ON o.id = n.id
            JOIN products p ON p.producer_id = n.id
           WHERE o.search_key IS DISTINCT FROM n.search_key
              OR o.published IS DISTINCT FROM n.published
              OR o.craft_village_id IS DISTINCT FROM n.craft_village_id
              OR o.craft_category IS DISTINCT FROM n.craft_category));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER producers_catalogue AFTER UPDATE ON producers
        REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT
        EXECUTE FUNCTION catalogue_producers_changed()`);
    // A village moved to another craft changes its producers' craft filter.
    await q.query(`
      CREATE FUNCTION catalogue_village_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE catalogue_products SET craft_category = NEW.craft_category
         WHERE craft_village_id = NEW.id
           AND producer_id IN (SELECT id FROM producers WHERE craft_category IS NULL);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER craft_villages_catalogue AFTER UPDATE OF craft_category ON craft_villages
        FOR EACH ROW EXECUTE FUNCTION catalogue_village_changed()`);
    await q.query(`INSERT INTO catalogue_products (${COLUMNS}) ${SOURCE}`);

    // The exhibitors of a fair, looked up by every public query.
    await q.query(`
      CREATE INDEX applications_approved_producer_idx ON applications (fair_id, producer_id)
        WHERE status = 'approved'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX applications_approved_producer_idx');
    await q.query('DROP TRIGGER craft_villages_catalogue ON craft_villages');
    await q.query('DROP TRIGGER producers_catalogue ON producers');
    await q.query('DROP TRIGGER products_catalogue_update ON products');
    await q.query('DROP TRIGGER products_catalogue_insert ON products');
    await q.query('DROP TABLE catalogue_products');
    for (const fn of [
      'catalogue_village_changed()',
      'catalogue_producers_changed()',
      'catalogue_products_changed()',
      'catalogue_products_sync(uuid[])',
      'hc_materials_key(text[])',
    ]) {
      await q.query(`DROP FUNCTION ${fn}`);
    }
  }
}
