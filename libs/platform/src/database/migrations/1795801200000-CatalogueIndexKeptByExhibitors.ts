import { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS = `product_id, producer_id, listed, name_vi, name_en, search_key, craft_village_id,
  craft_category, materials_key, ocop_stars, ocop_expires_on, price_min, price_max`;

const SOURCE = `
  SELECT p.id, p.producer_id, p.published AND pr.published, p.name_vi, p.name_en,
         p.search_key || ' | ' || pr.search_key, pr.craft_village_id,
         coalesce(pr.craft_category, v.craft_category), hc_materials_key(p.materials),
         p.ocop_stars, p.ocop_expires_on, p.price_min, p.price_max
    FROM products p
    JOIN producers pr ON pr.id = p.producer_id
    LEFT JOIN craft_villages v ON v.id = pr.craft_village_id`;

/**
 * The catalogue index `catalogue_products` (migration 1795800501000) becomes the exhibitors
 * library's own read model, kept by its code: CatalogueIndexRepository refreshes the rows a
 * write touched in the writer's transaction (products, a producer's profile, a village, a
 * craft). The triggers that had the exhibitors' writes update it behind that code's back go.
 * The table, its indexes and hc_materials_key stay as they are.
 */
export class CatalogueIndexKeptByExhibitors1795801200000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER craft_villages_catalogue ON craft_villages');
    await q.query('DROP TRIGGER producers_catalogue ON producers');
    await q.query('DROP TRIGGER products_catalogue_update ON products');
    await q.query('DROP TRIGGER products_catalogue_insert ON products');
    for (const fn of [
      'catalogue_village_changed()',
      'catalogue_producers_changed()',
      'catalogue_products_changed()',
      'catalogue_products_sync(uuid[])',
    ]) {
      await q.query(`DROP FUNCTION ${fn}`);
    }
  }

  /** The triggers of 1795800501000 again, and the rows brought up to date. */
  async down(q: QueryRunner): Promise<void> {
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
    await q.query(`SELECT catalogue_products_sync(ARRAY(SELECT id FROM products))`);
  }
}
