import { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_RESULTS = `'admitted', 'already_admitted', 'revoked', 'wrong_fair', 'invalid'`;
const RESULTS = `${OLD_RESULTS}, 'not_valid_today'`;

/**
 * Tickets admit on the fair's days only, once per day: a check-in belongs to a Hà Nội fair day
 * and the key becomes (ticket, day), so a three-day ticket admits three times and never twice
 * on one day. Organisers set how early before opening the gates let people in
 * (`fair_gate_settings`, owned by invitations). An offline admission that met an earlier one
 * on upload is a conflict, flagged on its scan so it is counted and shown to both gates.
 */
export class GateDays1796644450823 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE fair_gate_settings (
        fair_id uuid PRIMARY KEY REFERENCES fairs(id) ON DELETE CASCADE,
        early_entry_minutes smallint NOT NULL CHECK (early_entry_minutes BETWEEN 0 AND 720),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('ALTER TABLE check_ins ADD COLUMN fair_day date');
    await q.query(
      `UPDATE check_ins SET fair_day = (admitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`,
    );
    await q.query('ALTER TABLE check_ins ALTER COLUMN fair_day SET NOT NULL');
    await q.query('ALTER TABLE check_ins DROP CONSTRAINT check_ins_pkey');
    await q.query('ALTER TABLE check_ins ADD PRIMARY KEY (ticket_id, fair_day)');
    await q.query('ALTER TABLE gate_scans DROP CONSTRAINT gate_scans_result_check');
    await q.query(`ALTER TABLE gate_scans ADD CHECK (result IN (${RESULTS}))`);
    await q.query(`
      ALTER TABLE gate_scans
        ADD COLUMN conflict boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT gate_scans_conflict_offline CHECK (NOT conflict OR (offline AND result = 'already_admitted'))`);
    await q.query(
      'CREATE INDEX gate_scans_conflicts_idx ON gate_scans (fair_id, scanned_at) WHERE conflict',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX gate_scans_conflicts_idx');
    await q.query(
      'ALTER TABLE gate_scans DROP CONSTRAINT gate_scans_conflict_offline, DROP COLUMN conflict',
    );
    await q.query(`DELETE FROM gate_scans WHERE result = 'not_valid_today'`);
    await q.query('ALTER TABLE gate_scans DROP CONSTRAINT gate_scans_result_check');
    await q.query(`ALTER TABLE gate_scans ADD CHECK (result IN (${OLD_RESULTS}))`);
    await q.query(
      `DELETE FROM check_ins c USING check_ins e
        WHERE e.ticket_id = c.ticket_id AND e.fair_day < c.fair_day`,
    );
    await q.query('ALTER TABLE check_ins DROP CONSTRAINT check_ins_pkey');
    await q.query('ALTER TABLE check_ins ADD PRIMARY KEY (ticket_id)');
    await q.query('ALTER TABLE check_ins DROP COLUMN fair_day');
    await q.query('DROP TABLE fair_gate_settings');
  }
}
