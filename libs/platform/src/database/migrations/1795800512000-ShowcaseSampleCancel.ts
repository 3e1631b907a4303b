import { MigrationInterface, QueryRunner } from 'typeorm';

const CUSTODY = `'requested', 'received', 'on_display', 'returned', 'sold', 'damaged', 'lost'`;
const STEPS = `'request', 'receive', 'display', 'return', 'sell', 'mark_damaged', 'mark_lost'`;

/** The machine's moves as the first migration listed them; `cancel` is added below. */
const MOVES = `
            ('request', '-', 'requested'),
            ('receive', 'requested', 'received'),
            ('display', 'received', 'on_display'), ('display', 'on_display', 'on_display'),
            ('return', 'received', 'returned'), ('return', 'on_display', 'returned'),
            ('sell', 'on_display', 'sold'),
            ('mark_damaged', 'received', 'damaged'), ('mark_damaged', 'on_display', 'damaged'),
            ('mark_lost', 'received', 'lost'), ('mark_lost', 'on_display', 'lost')`;

const FACTS = `
            WHEN 'receive' THEN coalesce(length(details->>'by'), 0) > 0
              AND details->>'condition' IN ('good', 'minor_defects', 'damaged')
            WHEN 'display' THEN coalesce(length(details->>'location'), 0) > 0
            WHEN 'return' THEN coalesce(length(details->>'signedOffBy'), 0) > 0
            WHEN 'mark_damaged' THEN coalesce(length(details->>'note'), 0) > 0
            WHEN 'mark_lost' THEN coalesce(length(details->>'note'), 0) > 0`;

/**
 * A requested sample that never arrives can be settled: the step `cancel` moves it from
 * `requested` (and only from there) to the final status `cancelled`, with a note saying why;
 * like every step it is an event of the trail with its actor and time. Before this, such a
 * sample stayed live for good, barring its product from the showcase.
 *
 * What changes here: the status and step lists on both tables, the CHECK of allowed
 * (step, from, to) moves, and the CHECK of the facts each step needs (cancel: a note). The
 * rest already holds for the new step without change: the chain trigger and the deferred
 * trail check compare statuses generically, so a `cancelled` status still needs its event;
 * the live-entry index (`showcase_samples_one_live_per_product`, migration 1795800510000)
 * names the live statuses (requested, received, on display), so a cancelled sample frees its
 * product; and a cancelled sample keeps its trail, so its showcase still cannot be deleted
 * (the trail's RESTRICT foreign key, migration 1795800511000).
 */
export class ShowcaseSampleCancel1795800512000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await this.lists(q, `${CUSTODY}, 'cancelled'`, `${STEPS}, 'cancel'`);
    await this.rules(
      q,
      `${MOVES},
            ('cancel', 'requested', 'cancelled')`,
      `${FACTS}
            WHEN 'cancel' THEN coalesce(length(details->>'note'), 0) > 0`,
    );
  }

  /** Fails, as it should, once a sample has been cancelled: its trail cannot be undone. */
  async down(q: QueryRunner): Promise<void> {
    await this.rules(q, MOVES, FACTS);
    await this.lists(q, CUSTODY, STEPS);
  }

  private async lists(q: QueryRunner, statuses: string, steps: string): Promise<void> {
    await q.query(`
      ALTER TABLE showcase_samples
        DROP CONSTRAINT showcase_samples_custody_status_check,
        ADD CONSTRAINT showcase_samples_custody_status_check
          CHECK (custody_status IN (${statuses}))`);
    await q.query(`
      ALTER TABLE sample_custody_events
        DROP CONSTRAINT sample_custody_events_step_check,
        DROP CONSTRAINT sample_custody_events_from_status_check,
        DROP CONSTRAINT sample_custody_events_to_status_check,
        ADD CONSTRAINT sample_custody_events_step_check CHECK (step IN (${steps})),
        ADD CONSTRAINT sample_custody_events_from_status_check
          CHECK (from_status IN (${statuses})),
        ADD CONSTRAINT sample_custody_events_to_status_check CHECK (to_status IN (${statuses}))`);
  }

  private async rules(q: QueryRunner, moves: string, facts: string): Promise<void> {
    await q.query(`
      ALTER TABLE sample_custody_events
        DROP CONSTRAINT sample_custody_events_allowed,
        DROP CONSTRAINT sample_custody_events_facts,
        ADD CONSTRAINT sample_custody_events_allowed CHECK (
          (step, coalesce(from_status, '-'), to_status) IN (${moves})),
        ADD CONSTRAINT sample_custody_events_facts CHECK (
          CASE step${facts}
            ELSE true
          END)`);
  }
}
