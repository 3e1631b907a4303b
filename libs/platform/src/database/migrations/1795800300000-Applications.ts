import { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'draft', 'submitted', 'approved', 'rejected', 'waitlisted', 'withdrawn'`;
const DECISIONS = `'approved', 'rejected', 'waitlisted'`;
const EVENTS = `'create', 'update', 'submit', 'approve', 'reject', 'waitlist', 'release', 'withdraw', 'priority_override', 'payment'`;
const LEGAL_FORMS = `'enterprise', 'cooperative', 'cooperative_group', 'household_business'`;

/**
 * Applications to a fair, their log of events, and the per-fair review settings (priority
 * rules, deposit). What must never break is enforced here:
 * - one live application per producer and fair (a partial unique index over non-withdrawn rows);
 * - status and staged decision are known values, and a decision is staged only on an
 *   application that can still be decided;
 * - money is bigint đồng and adds up: amount due = fee - subsidy, deposit ≤ amount due,
 *   payments ≤ amount due, the grant held from a programme ≤ the subsidy;
 * - the claimed programme belongs to the same fair (composite foreign key).
 */
export class Applications1795800300000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE application_settings (
        fair_id uuid PRIMARY KEY REFERENCES fairs(id) ON DELETE CASCADE,
        craft_village_points integer NOT NULL DEFAULT 10 CHECK (craft_village_points BETWEEN 0 AND 1000),
        points_per_ocop_star integer NOT NULL DEFAULT 3 CHECK (points_per_ocop_star BETWEEN 0 AND 1000),
        first_participation_points integer NOT NULL DEFAULT 5 CHECK (first_participation_points BETWEEN 0 AND 1000),
        early_submission_percent smallint NOT NULL DEFAULT 25 CHECK (early_submission_percent BETWEEN 0 AND 100),
        early_submission_points integer NOT NULL DEFAULT 4 CHECK (early_submission_points BETWEEN 0 AND 1000),
        thresholds integer[] NOT NULL DEFAULT '{5,10,15,20}' CHECK (
          cardinality(thresholds) = 4 AND array_position(thresholds, NULL) IS NULL
          AND thresholds[1] <= thresholds[2] AND thresholds[2] <= thresholds[3]
          AND thresholds[3] <= thresholds[4]),
        deposit_percent smallint NOT NULL DEFAULT 50 CHECK (deposit_percent BETWEEN 0 AND 100),
        updated_by uuid REFERENCES users(id) ON DELETE RESTRICT,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE CASCADE,
        producer_id uuid NOT NULL REFERENCES producers(id) ON DELETE RESTRICT,
        reference text NOT NULL UNIQUE CHECK (reference ~ '^HC-[0-9A-F]{10}$'),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN (${STATUSES})),
        pending_decision text CHECK (pending_decision IN (${DECISIONS})),
        pending_reason text CHECK (length(pending_reason) BETWEEN 1 AND 1000),
        decision_reason text CHECK (length(decision_reason) BETWEEN 1 AND 1000),
        booths_wanted smallint NOT NULL CHECK (booths_wanted BETWEEN 1 AND 20),
        booth_type_ids uuid[] NOT NULL CHECK (cardinality(booth_type_ids) BETWEEN 1 AND 20),
        zone_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(zone_ids) <= 20),
        wants_corner boolean NOT NULL DEFAULT false,
        near_producer_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(near_producer_ids) <= 20),
        product_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(product_ids) <= 100),
        needs_power boolean NOT NULL DEFAULT false,
        needs_water boolean NOT NULL DEFAULT false,
        needs_note text CHECK (length(needs_note) BETWEEN 1 AND 1000),
        support_programme_id uuid,
        producer_name text NOT NULL CHECK (length(producer_name) BETWEEN 1 AND 200),
        legal_form text CHECK (legal_form IN (${LEGAL_FORMS})),
        craft_village text CHECK (length(craft_village) BETWEEN 1 AND 200),
        craft_village_recognised boolean NOT NULL DEFAULT false,
        craft text CHECK (length(craft) BETWEEN 1 AND 200),
        ocop_ratings jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(ocop_ratings) = 'array'),
        ocop_stars smallint NOT NULL DEFAULT 0 CHECK (ocop_stars BETWEEN 0 AND 5),
        first_participation boolean NOT NULL DEFAULT true,
        priority_override smallint CHECK (priority_override BETWEEN 1 AND 5),
        priority_override_reason text CHECK (length(priority_override_reason) BETWEEN 1 AND 500),
        priority_overridden_by uuid REFERENCES users(id) ON DELETE RESTRICT,
        priority_overridden_at timestamptz,
        fee bigint CHECK (fee >= 0),
        subsidy bigint CHECK (subsidy >= 0),
        amount_due bigint CHECK (amount_due >= 0),
        deposit bigint CHECK (deposit >= 0),
        fee_detail jsonb,
        grant_held bigint NOT NULL DEFAULT 0 CHECK (grant_held >= 0),
        amount_paid bigint NOT NULL DEFAULT 0 CHECK (amount_paid >= 0),
        created_by uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        submitted_by uuid REFERENCES users(id) ON DELETE RESTRICT,
        submitted_at timestamptz,
        decided_at timestamptz,
        released_at timestamptz,
        withdrawn_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT applications_fair_id_unique UNIQUE (fair_id, id),
        CONSTRAINT applications_programme_fk FOREIGN KEY (fair_id, support_programme_id)
          REFERENCES support_programmes (fair_id, id) ON DELETE SET NULL (support_programme_id),
        CONSTRAINT applications_decidable CHECK (
          pending_decision IS NULL OR status IN ('submitted', 'waitlisted')),
        CONSTRAINT applications_reason_staged CHECK (
          pending_reason IS NULL OR pending_decision IS NOT NULL),
        CONSTRAINT applications_submitted CHECK (
          status IN ('draft', 'withdrawn') OR (submitted_at IS NOT NULL AND submitted_by IS NOT NULL)),
        CONSTRAINT applications_override_explained CHECK (
          (priority_override IS NULL) = (priority_overridden_by IS NULL)),
        CONSTRAINT applications_fee_complete CHECK (
          (fee IS NULL) = (subsidy IS NULL) AND (fee IS NULL) = (amount_due IS NULL)
          AND (fee IS NULL) = (deposit IS NULL)),
        CONSTRAINT applications_money_adds_up CHECK (
          fee IS NULL OR (subsidy <= fee AND amount_due = fee - subsidy AND deposit <= amount_due)),
        CONSTRAINT applications_grant_within_subsidy CHECK (grant_held <= coalesce(subsidy, 0)),
        CONSTRAINT applications_grant_has_programme CHECK (
          grant_held = 0 OR support_programme_id IS NOT NULL),
        CONSTRAINT applications_paid_within_due CHECK (amount_paid <= coalesce(amount_due, 0))
      )`);
    await q.query(`
      CREATE UNIQUE INDEX applications_one_live_per_producer
        ON applications (fair_id, producer_id) WHERE status <> 'withdrawn'`);
    await q.query(
      'CREATE INDEX applications_fair_status_idx ON applications (fair_id, status, submitted_at)',
    );
    await q.query(
      'CREATE INDEX applications_pending_idx ON applications (fair_id) WHERE pending_decision IS NOT NULL',
    );
    await q.query(
      'CREATE INDEX applications_producer_idx ON applications (producer_id, created_at DESC)',
    );
    await q.query(
      'CREATE INDEX applications_programme_idx ON applications (support_programme_id) WHERE support_programme_id IS NOT NULL',
    );
    await q.query(`
      CREATE TABLE application_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        fair_id uuid NOT NULL,
        application_id uuid NOT NULL,
        event text NOT NULL CHECK (event IN (${EVENTS})),
        from_status text CHECK (from_status IN (${STATUSES})),
        from_pending text CHECK (from_pending IN (${DECISIONS})),
        to_status text NOT NULL CHECK (to_status IN (${STATUSES})),
        to_pending text CHECK (to_pending IN (${DECISIONS})),
        reason text CHECK (length(reason) BETWEEN 1 AND 1000),
        data jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(data) = 'object'),
        actor_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT application_events_application_fk FOREIGN KEY (fair_id, application_id)
          REFERENCES applications (fair_id, id) ON DELETE CASCADE
      )`);
    await q.query(
      'CREATE INDEX application_events_application_idx ON application_events (application_id, seq)',
    );
    await q.query('CREATE INDEX application_events_fair_idx ON application_events (fair_id, seq)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['application_events', 'applications', 'application_settings']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
