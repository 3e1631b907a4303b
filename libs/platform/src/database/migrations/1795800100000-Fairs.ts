import { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'draft', 'open', 'allocating', 'published', 'running', 'closed', 'cancelled'`;

/**
 * Fairs, their opening days (wall-clock date and hours in Asia/Ho_Chi_Minh) and the log of
 * every status change. The log's CHECK repeats the domain's transition table, so even a
 * hand-written UPDATE cannot record a step the machine forbids.
 */
export class Fairs1795800100000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE fairs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organising_body_id uuid NOT NULL REFERENCES organising_bodies(id) ON DELETE RESTRICT,
        name_vi text NOT NULL CHECK (length(name_vi) BETWEEN 1 AND 200),
        name_en text CHECK (length(name_en) BETWEEN 1 AND 200),
        venue_name text NOT NULL CHECK (length(venue_name) BETWEEN 1 AND 200),
        venue_address text NOT NULL CHECK (length(venue_address) BETWEEN 1 AND 300),
        applications_open_at timestamptz NOT NULL,
        applications_close_at timestamptz NOT NULL,
        withdrawal_deadline timestamptz,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN (${STATUSES})),
        created_by uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fairs_application_window CHECK (applications_open_at < applications_close_at)
      )`);
    await q.query(
      'CREATE INDEX fairs_body_status_idx ON fairs (organising_body_id, status, created_at DESC)',
    );
    await q.query(`
      CREATE TABLE fair_days (
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE CASCADE,
        day date NOT NULL,
        opens_at time NOT NULL,
        closes_at time NOT NULL,
        PRIMARY KEY (fair_id, day),
        CONSTRAINT fair_days_hours CHECK (opens_at < closes_at)
      )`);
    await q.query(`
      CREATE TABLE fair_status_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE CASCADE,
        from_status text CHECK (from_status IN (${STATUSES})),
        to_status text NOT NULL CHECK (to_status IN (${STATUSES})),
        reason text CHECK (length(reason) <= 500),
        changed_by uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        changed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fair_status_changes_allowed CHECK (
          (from_status IS NULL AND to_status = 'draft')
          OR (from_status, to_status) IN (
            ('draft', 'open'), ('open', 'allocating'), ('allocating', 'published'),
            ('published', 'running'), ('running', 'closed'),
            ('draft', 'cancelled'), ('open', 'cancelled'), ('allocating', 'cancelled'),
            ('published', 'cancelled')))
      )`);
    await q.query(
      'CREATE INDEX fair_status_changes_fair_idx ON fair_status_changes (fair_id, changed_at)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['fair_status_changes', 'fair_days', 'fairs']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
