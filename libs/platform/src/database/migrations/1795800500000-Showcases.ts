import { MigrationInterface, QueryRunner } from 'typeorm';

const CUSTODY = `'requested', 'received', 'on_display', 'returned', 'sold', 'damaged', 'lost'`;
const STEPS = `'request', 'receive', 'display', 'return', 'sell', 'mark_damaged', 'mark_lost'`;
const ENTRY = `'invited', 'proposed', 'accepted', 'declined', 'withdrawn'`;

/**
 * Sample showcases of a fair, the products invited or proposed into them, and the custody
 * trail of each accepted (physical) sample. What must never break is enforced here:
 * - a sample has a label code unique within its fair, a quantity and a declared value (đồng);
 * - every custody event is one of the machine's steps (the CHECK repeats the domain's table)
 *   and carries the facts that step needs (who received it, where it stands, who signed off);
 * - the trail is append-only, each event starts where the previous one ended, and at commit
 *   the sample's status is the last event's and its trail_length the number of events, so a
 *   status cannot change, nor a sample appear accepted, without its trail.
 */
export class Showcases1795800500000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE showcases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE RESTRICT,
        title_vi text NOT NULL CHECK (length(title_vi) BETWEEN 1 AND 200),
        title_en text CHECK (length(title_en) BETWEEN 1 AND 200),
        theme text CHECK (length(theme) BETWEEN 1 AND 500),
        location text CHECK (length(location) BETWEEN 1 AND 200),
        curator text CHECK (length(curator) BETWEEN 1 AND 120),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        created_by uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT showcases_fair_id_unique UNIQUE (fair_id, id),
        CONSTRAINT showcases_dates CHECK (starts_on <= ends_on)
      )`);
    await q.query(
      'CREATE INDEX showcases_fair_idx ON showcases (fair_id, starts_on, title_vi COLLATE vi)',
    );
    await q.query(`
      CREATE TABLE showcase_label_counters (
        fair_id uuid PRIMARY KEY REFERENCES fairs(id) ON DELETE RESTRICT,
        last_number integer NOT NULL CHECK (last_number BETWEEN 1 AND 99999)
      )`);
    await q.query(`
      CREATE TABLE showcase_samples (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fair_id uuid NOT NULL,
        showcase_id uuid NOT NULL,
        producer_id uuid NOT NULL REFERENCES producers(id) ON DELETE RESTRICT,
        product_id uuid NOT NULL REFERENCES products(id) ON DELETE RESTRICT,
        origin text NOT NULL CHECK (origin IN ('invited', 'proposed')),
        entry_status text NOT NULL CHECK (entry_status IN (${ENTRY})),
        note text CHECK (length(note) BETWEEN 1 AND 1000),
        decision_note text CHECK (length(decision_note) BETWEEN 1 AND 1000),
        quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 10000),
        declared_value bigint NOT NULL CHECK (declared_value BETWEEN 0 AND 999999999999999),
        label_code text CHECK (label_code ~ '^[A-Z0-9][A-Z0-9-]{0,19}$'),
        custody_status text CHECK (custody_status IN (${CUSTODY})),
        display_location text CHECK (length(display_location) BETWEEN 1 AND 200),
        trail_length integer NOT NULL DEFAULT 0 CHECK (trail_length >= 0),
        created_by uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        decided_by uuid REFERENCES users(id) ON DELETE RESTRICT,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT showcase_samples_showcase_fk FOREIGN KEY (fair_id, showcase_id)
          REFERENCES showcases (fair_id, id) ON DELETE RESTRICT,
        CONSTRAINT showcase_samples_label_code_key UNIQUE (fair_id, label_code),
        CONSTRAINT showcase_samples_accepted_has_custody CHECK (
          (entry_status = 'accepted') = (custody_status IS NOT NULL)
          AND (entry_status = 'accepted') = (label_code IS NOT NULL)),
        CONSTRAINT showcase_samples_decided CHECK (
          entry_status IN ('invited', 'proposed') OR (decided_at IS NOT NULL AND decided_by IS NOT NULL)),
        CONSTRAINT showcase_samples_origin CHECK (
          entry_status NOT IN ('invited', 'proposed') OR entry_status = origin)
      )`);
    await q.query(`
      CREATE UNIQUE INDEX showcase_samples_one_live_per_product
        ON showcase_samples (showcase_id, product_id)
        WHERE entry_status IN ('invited', 'proposed', 'accepted')`);
    await q.query(
      'CREATE INDEX showcase_samples_showcase_idx ON showcase_samples (showcase_id, label_code)',
    );
    await q.query(
      'CREATE INDEX showcase_samples_fair_custody_idx ON showcase_samples (fair_id, custody_status)',
    );
    await q.query(
      'CREATE INDEX showcase_samples_producer_idx ON showcase_samples (producer_id, created_at DESC)',
    );
    await q.query(
      'CREATE INDEX showcase_samples_product_idx ON showcase_samples (product_id, fair_id)',
    );
    await q.query(`
      CREATE TABLE sample_custody_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        sample_id uuid NOT NULL REFERENCES showcase_samples(id) ON DELETE RESTRICT,
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE RESTRICT,
        step text NOT NULL CHECK (step IN (${STEPS})),
        from_status text CHECK (from_status IN (${CUSTODY})),
        to_status text NOT NULL CHECK (to_status IN (${CUSTODY})),
        details jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(details) = 'object'),
        actor_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT sample_custody_events_allowed CHECK (
          (step, coalesce(from_status, '-'), to_status) IN (
            ('request', '-', 'requested'),
            ('receive', 'requested', 'received'),
            ('display', 'received', 'on_display'), ('display', 'on_display', 'on_display'),
            ('return', 'received', 'returned'), ('return', 'on_display', 'returned'),
            ('sell', 'on_display', 'sold'),
            ('mark_damaged', 'received', 'damaged'), ('mark_damaged', 'on_display', 'damaged'),
            ('mark_lost', 'received', 'lost'), ('mark_lost', 'on_display', 'lost'))),
        CONSTRAINT sample_custody_events_facts CHECK (
          CASE step
            WHEN 'receive' THEN coalesce(length(details->>'by'), 0) > 0
              AND details->>'condition' IN ('good', 'minor_defects', 'damaged')
            WHEN 'display' THEN coalesce(length(details->>'location'), 0) > 0
            WHEN 'return' THEN coalesce(length(details->>'signedOffBy'), 0) > 0
            WHEN 'mark_damaged' THEN coalesce(length(details->>'note'), 0) > 0
            WHEN 'mark_lost' THEN coalesce(length(details->>'note'), 0) > 0
            ELSE true
          END)
      )`);
    await q.query(
      'CREATE INDEX sample_custody_events_sample_idx ON sample_custody_events (sample_id, seq)',
    );

    // The trail is history: nothing rewrites or removes it.
    await q.query(`
      CREATE FUNCTION showcases_trail_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the custody trail is append-only'
          USING ERRCODE = 'check_violation', CONSTRAINT = 'sample_custody_events_append_only';
      END $$`);
    await q.query(`
      CREATE TRIGGER sample_custody_events_append_only BEFORE UPDATE OR DELETE
        ON sample_custody_events FOR EACH ROW EXECUTE FUNCTION showcases_trail_append_only()`);
    await q.query(`
      CREATE TRIGGER sample_custody_events_no_truncate BEFORE TRUNCATE
        ON sample_custody_events FOR EACH STATEMENT EXECUTE FUNCTION showcases_trail_append_only()`);

    // Each event starts where the trail ended; the sample row is locked so two writers queue.
    await q.query(`
      CREATE FUNCTION showcases_trail_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        last_status text;
        sample_fair uuid;
      BEGIN
        SELECT fair_id INTO sample_fair FROM showcase_samples WHERE id = NEW.sample_id FOR UPDATE;
        IF sample_fair IS DISTINCT FROM NEW.fair_id THEN
          RAISE EXCEPTION 'custody event of sample % names another fair', NEW.sample_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'sample_custody_events_chain';
        END IF;
        SELECT to_status INTO last_status FROM sample_custody_events
         WHERE sample_id = NEW.sample_id ORDER BY seq DESC LIMIT 1;
        IF NEW.from_status IS DISTINCT FROM last_status THEN
          RAISE EXCEPTION 'custody event of sample % starts at % but the trail ends at %',
            NEW.sample_id, coalesce(NEW.from_status, 'nothing'), coalesce(last_status, 'nothing')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'sample_custody_events_chain';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER sample_custody_events_chain BEFORE INSERT ON sample_custody_events
        FOR EACH ROW EXECUTE FUNCTION showcases_trail_chain()`);

    // At commit: the sample's status is where its trail ends, and the trail is all there.
    await q.query(`
      CREATE FUNCTION showcases_check_trail(sample uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        current_status text;
        recorded integer;
        last_status text;
        events integer;
      BEGIN
        SELECT custody_status, trail_length INTO current_status, recorded
          FROM showcase_samples WHERE id = sample;
        SELECT count(*)::int,
               (SELECT to_status FROM sample_custody_events
                 WHERE sample_id = sample ORDER BY seq DESC LIMIT 1)
          INTO events, last_status
          FROM sample_custody_events WHERE sample_id = sample;
        IF current_status IS DISTINCT FROM last_status OR recorded IS DISTINCT FROM events THEN
          RAISE EXCEPTION 'sample % is % with % trail event(s) recorded, but its trail ends at % after % event(s)',
            sample, coalesce(current_status, 'not accepted'), recorded,
            coalesce(last_status, 'nothing'), events
            USING ERRCODE = 'check_violation', CONSTRAINT = 'showcase_samples_trail';
        END IF;
      END $$`);
    await q.query(`
      CREATE FUNCTION showcases_sample_trail_check() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM showcases_check_trail(NEW.id);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER showcase_samples_trail AFTER INSERT OR UPDATE ON showcase_samples
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION showcases_sample_trail_check()`);
    await q.query(`
      CREATE FUNCTION showcases_event_trail_check() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM showcases_check_trail(NEW.sample_id);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER sample_custody_events_trail AFTER INSERT ON sample_custody_events
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION showcases_event_trail_check()`);

    await q.query(`
      CREATE TABLE inquiries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE RESTRICT,
        producer_id uuid NOT NULL REFERENCES producers(id) ON DELETE RESTRICT,
        product_id uuid NOT NULL REFERENCES products(id) ON DELETE RESTRICT,
        sample_id uuid REFERENCES showcase_samples(id) ON DELETE RESTRICT,
        source text NOT NULL CHECK (source IN ('product_page', 'sample_label')),
        buyer_name text NOT NULL CHECK (length(buyer_name) BETWEEN 1 AND 120),
        company text CHECK (length(company) BETWEEN 1 AND 200),
        email citext NOT NULL CHECK (length(email) BETWEEN 3 AND 254 AND position('@' IN email) > 1),
        country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        quantity integer CHECK (quantity BETWEEN 1 AND 100000000),
        message text NOT NULL CHECK (length(message) BETWEEN 1 AND 3000),
        locale text NOT NULL CHECK (locale IN ('vi', 'en')),
        status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'replied', 'closed')),
        status_changed_by uuid REFERENCES users(id) ON DELETE RESTRICT,
        status_changed_at timestamptz,
        form_nonce text NOT NULL CHECK (length(form_nonce) BETWEEN 16 AND 64),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT inquiries_form_nonce_key UNIQUE (form_nonce),
        CONSTRAINT inquiries_label_has_sample CHECK ((source = 'sample_label') = (sample_id IS NOT NULL)),
        CONSTRAINT inquiries_status_changed CHECK (
          (status_changed_at IS NULL) = (status_changed_by IS NULL))
      )`);
    await q.query(
      'CREATE INDEX inquiries_producer_idx ON inquiries (producer_id, status, created_at DESC)',
    );
    await q.query('CREATE INDEX inquiries_fair_idx ON inquiries (fair_id, product_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE inquiries');
    await q.query('DROP TABLE sample_custody_events');
    await q.query('DROP TABLE showcase_samples');
    await q.query('DROP TABLE showcase_label_counters');
    await q.query('DROP TABLE showcases');
    for (const fn of [
      'showcases_event_trail_check()',
      'showcases_sample_trail_check()',
      'showcases_check_trail(uuid)',
      'showcases_trail_chain()',
      'showcases_trail_append_only()',
    ]) {
      await q.query(`DROP FUNCTION ${fn}`);
    }
  }
}
