import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The producer profile on top of the root row from the accounts migration: legal form and tax
 * code, address (province + commune, no district since 7/2025, plus the former address from
 * older certificates), craft village and category, contacts, and a search key.
 *
 * The search key mixes the producer's names with its craft and village names, which live in
 * other tables, so triggers keep it current: on the producer's own writes, and when a village
 * or craft category is renamed.
 */
export class ProducerProfiles1795800201000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE producers
        ADD COLUMN legal_name_en text CHECK (length(legal_name_en) BETWEEN 1 AND 200),
        ADD COLUMN legal_form text
          CHECK (legal_form IN ('enterprise', 'cooperative', 'cooperative_group', 'household_business')),
        ADD COLUMN tax_code text CHECK (tax_code ~ '^([0-9]{10}(-[0-9]{3})?|[0-9]{12})$'),
        ADD COLUMN province_code text REFERENCES provinces(code) ON DELETE RESTRICT,
        ADD COLUMN commune_code text,
        ADD COLUMN address_detail text CHECK (length(address_detail) BETWEEN 1 AND 255),
        ADD COLUMN former_address text CHECK (length(former_address) BETWEEN 1 AND 500),
        ADD COLUMN craft_village_id uuid REFERENCES craft_villages(id) ON DELETE RESTRICT,
        ADD COLUMN craft_category text
          REFERENCES craft_categories(code) ON UPDATE CASCADE ON DELETE RESTRICT,
        ADD COLUMN published boolean NOT NULL DEFAULT false,
        ADD COLUMN search_key text NOT NULL DEFAULT '',
        ADD CONSTRAINT producers_commune_fk FOREIGN KEY (commune_code, province_code)
          REFERENCES communes(code, province_code) ON DELETE RESTRICT,
        ADD CONSTRAINT producers_address_complete
          CHECK ((province_code IS NULL) = (commune_code IS NULL)),
        ADD CONSTRAINT producers_tax_code_needs_form
          CHECK (tax_code IS NULL OR legal_form IS NOT NULL),
        ADD CONSTRAINT producers_citizen_id_household
          CHECK (tax_code !~ '^[0-9]{12}$' OR legal_form = 'household_business')`);
    await q.query(
      'CREATE UNIQUE INDEX producers_tax_code_key ON producers (tax_code) WHERE tax_code IS NOT NULL',
    );
    await q.query('CREATE INDEX producers_name_vi_idx ON producers (legal_name_vi COLLATE vi, id)');
    await q.query('CREATE INDEX producers_village_idx ON producers (craft_village_id)');
    await q.query(
      'CREATE INDEX producers_search_idx ON producers USING gin (search_key gin_trgm_ops)',
    );
    await q.query(`
      CREATE FUNCTION exhibitors_producer_search_text(
        name_vi text, name_en text, craft text, village uuid
      ) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT concat_ws(' ', name_vi, name_en,
          (SELECT concat_ws(' ', c.name_vi, c.name_en) FROM craft_categories c WHERE c.code = craft),
          (SELECT concat_ws(' ', v.name, c.name_vi, c.name_en)
             FROM craft_villages v JOIN craft_categories c ON c.code = v.craft_category
            WHERE v.id = village))
      $$`);
    await q.query(`
      CREATE FUNCTION exhibitors_producer_search_key() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_key := hc_search_key(exhibitors_producer_search_text(
          NEW.legal_name_vi, NEW.legal_name_en, NEW.craft_category, NEW.craft_village_id));
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER producers_search_key BEFORE INSERT OR UPDATE ON producers
        FOR EACH ROW EXECUTE FUNCTION exhibitors_producer_search_key()`);
    // A renamed village or craft re-keys the producers that mention it (the BEFORE trigger
    // above recomputes the key on the touched rows).
    await q.query(`
      CREATE FUNCTION exhibitors_village_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE producers SET search_key = '' WHERE craft_village_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER craft_villages_rekey_producers AFTER UPDATE OF name, craft_category
        ON craft_villages FOR EACH ROW EXECUTE FUNCTION exhibitors_village_renamed()`);
    await q.query(`
      CREATE FUNCTION exhibitors_craft_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE producers SET search_key = ''
         WHERE craft_category = NEW.code
            OR craft_village_id IN (SELECT id FROM craft_villages WHERE craft_category = NEW.code);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER craft_categories_rekey_producers AFTER UPDATE OF name_vi, name_en
        ON craft_categories FOR EACH ROW EXECUTE FUNCTION exhibitors_craft_renamed()`);
    await q.query(`UPDATE producers SET search_key = ''`);
    await q.query(`
      CREATE TABLE producer_contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        producer_id uuid NOT NULL REFERENCES producers(id) ON DELETE CASCADE,
        position smallint NOT NULL CHECK (position BETWEEN 0 AND 9),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        title text CHECK (length(title) BETWEEN 1 AND 80),
        phone_e164 text NOT NULL CHECK (phone_e164 ~ '^\\+84[0-9]{9,10}$'),
        email citext CHECK (length(email) <= 254),
        CONSTRAINT producer_contacts_position_key UNIQUE (producer_id, position)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE producer_contacts');
    await q.query('DROP TRIGGER craft_categories_rekey_producers ON craft_categories');
    await q.query('DROP TRIGGER craft_villages_rekey_producers ON craft_villages');
    await q.query('DROP TRIGGER producers_search_key ON producers');
    await q.query('DROP FUNCTION exhibitors_craft_renamed()');
    await q.query('DROP FUNCTION exhibitors_village_renamed()');
    await q.query('DROP FUNCTION exhibitors_producer_search_key()');
    await q.query('DROP FUNCTION exhibitors_producer_search_text(text, text, text, uuid)');
    await q.query('DROP INDEX producers_name_vi_idx');
    await q.query(`
      ALTER TABLE producers
        DROP COLUMN search_key, DROP COLUMN published, DROP COLUMN craft_category,
        DROP COLUMN craft_village_id, DROP COLUMN former_address, DROP COLUMN address_detail,
        DROP COLUMN commune_code, DROP COLUMN province_code, DROP COLUMN tax_code,
        DROP COLUMN legal_form, DROP COLUMN legal_name_en`);
  }
}
