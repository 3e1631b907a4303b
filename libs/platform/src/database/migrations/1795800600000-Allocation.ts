import { MigrationInterface, QueryRunner } from 'typeorm';

const RUN_STATUSES = `'queued', 'running', 'done', 'failed'`;
const OFFER_STATUSES = `'pending', 'accepted', 'declined', 'expired', 'cancelled'`;

/**
 * Booth allocation: runs (a background job and the draft it produced), the published
 * assignments, organisers' pins and waiting-list offers. What must never break is enforced here:
 * - one producer per booth per fair: `booth_assignments` is unique on (fair_id, booth_id), so
 *   two publications at once, or a publication and an accepted offer, cannot give a booth twice;
 * - an assignment's booth, application and run belong to the same fair (composite keys);
 * - a booth is pinned to at most one application; an application has one pending offer;
 * - statuses are known values, and a finished run carries its draft.
 * `allocation_states` holds one row per fair whose `version` moves with every change to the
 * published assignments (publication, accepted offer, freed booths, offers made): a draft
 * remembers the version it was computed from and can be published only while it is current.
 */
export class Allocation1795800600000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE allocation_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN (${RUN_STATUSES})),
        reshuffle boolean NOT NULL DEFAULT false,
        progress smallint NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        attempts smallint NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        base_version integer CHECK (base_version >= 0),
        instance jsonb,
        applicants jsonb,
        result jsonb,
        draft jsonb,
        draft_revision integer NOT NULL DEFAULT 0 CHECK (draft_revision >= 0),
        summary jsonb,
        warnings jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(warnings) = 'array'),
        failure text CHECK (length(failure) BETWEEN 1 AND 2000),
        created_by uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_version integer CHECK (published_version > 0),
        published_at timestamptz,
        published_by uuid REFERENCES users(id) ON DELETE RESTRICT,
        CONSTRAINT allocation_runs_fair_id_unique UNIQUE (fair_id, id),
        CONSTRAINT allocation_runs_done CHECK (
          status <> 'done' OR (draft IS NOT NULL AND base_version IS NOT NULL AND finished_at IS NOT NULL)),
        CONSTRAINT allocation_runs_failed CHECK (status <> 'failed' OR failure IS NOT NULL),
        CONSTRAINT allocation_runs_published CHECK (
          (published_at IS NULL) = (published_by IS NULL)
          AND (published_at IS NULL) = (published_version IS NULL)
          AND (published_at IS NULL OR status = 'done'))
      )`);
    await q.query(
      'CREATE INDEX allocation_runs_fair_idx ON allocation_runs (fair_id, created_at DESC)',
    );
    await q.query(
      `CREATE INDEX allocation_runs_unfinished_idx ON allocation_runs (updated_at)
        WHERE status IN ('queued', 'running')`,
    );
    await q.query(`
      CREATE TABLE allocation_states (
        fair_id uuid PRIMARY KEY REFERENCES fairs(id) ON DELETE CASCADE,
        version integer NOT NULL DEFAULT 0 CHECK (version >= 0),
        published_run_id uuid,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT allocation_states_run_fk FOREIGN KEY (fair_id, published_run_id)
          REFERENCES allocation_runs (fair_id, id) ON DELETE SET NULL (published_run_id)
      )`);
    await q.query(`
      CREATE TABLE booth_assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE CASCADE,
        booth_id uuid NOT NULL,
        application_id uuid NOT NULL,
        run_id uuid,
        offer_id uuid,
        manual boolean NOT NULL DEFAULT false,
        assigned_by uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT booth_assignments_one_per_booth UNIQUE (fair_id, booth_id),
        CONSTRAINT booth_assignments_booth_fk FOREIGN KEY (fair_id, booth_id)
          REFERENCES booths (fair_id, id) ON DELETE RESTRICT,
        CONSTRAINT booth_assignments_application_fk FOREIGN KEY (fair_id, application_id)
          REFERENCES applications (fair_id, id) ON DELETE CASCADE,
        CONSTRAINT booth_assignments_run_fk FOREIGN KEY (fair_id, run_id)
          REFERENCES allocation_runs (fair_id, id) ON DELETE SET NULL (run_id)
      )`);
    await q.query(
      'CREATE INDEX booth_assignments_application_idx ON booth_assignments (application_id)',
    );
    await q.query(`
      CREATE TABLE allocation_pins (
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE CASCADE,
        booth_id uuid NOT NULL,
        application_id uuid NOT NULL,
        pinned_by uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        pinned_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT allocation_pins_pkey PRIMARY KEY (fair_id, booth_id),
        CONSTRAINT allocation_pins_booth_fk FOREIGN KEY (fair_id, booth_id)
          REFERENCES booths (fair_id, id) ON DELETE CASCADE,
        CONSTRAINT allocation_pins_application_fk FOREIGN KEY (fair_id, application_id)
          REFERENCES applications (fair_id, id) ON DELETE CASCADE
      )`);
    await q.query(
      'CREATE INDEX allocation_pins_application_idx ON allocation_pins (application_id)',
    );
    await q.query(`
      CREATE TABLE waitlist_offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE CASCADE,
        application_id uuid NOT NULL,
        producer_id uuid NOT NULL REFERENCES producers(id) ON DELETE RESTRICT,
        booth_ids uuid[] NOT NULL CHECK (cardinality(booth_ids) BETWEEN 1 AND 20),
        booth_codes text[] NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN (${OFFER_STATUSES})),
        expires_at timestamptz NOT NULL,
        created_by uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        responded_by uuid REFERENCES users(id) ON DELETE RESTRICT,
        CONSTRAINT waitlist_offers_application_fk FOREIGN KEY (fair_id, application_id)
          REFERENCES applications (fair_id, id) ON DELETE CASCADE,
        CONSTRAINT waitlist_offers_codes CHECK (cardinality(booth_codes) = cardinality(booth_ids)),
        CONSTRAINT waitlist_offers_expiry CHECK (expires_at > created_at),
        CONSTRAINT waitlist_offers_closed CHECK ((status = 'pending') = (closed_at IS NULL)),
        CONSTRAINT waitlist_offers_responded CHECK (
          (status IN ('accepted', 'declined')) = (responded_by IS NOT NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX waitlist_offers_one_pending ON waitlist_offers (application_id)
        WHERE status = 'pending'`,
    );
    await q.query(
      `CREATE INDEX waitlist_offers_expiry_idx ON waitlist_offers (expires_at)
        WHERE status = 'pending'`,
    );
    await q.query('CREATE INDEX waitlist_offers_fair_idx ON waitlist_offers (fair_id, created_at)');
    await q.query(
      'CREATE INDEX waitlist_offers_producer_idx ON waitlist_offers (producer_id, created_at DESC)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'waitlist_offers',
      'allocation_pins',
      'booth_assignments',
      'allocation_states',
      'allocation_runs',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
