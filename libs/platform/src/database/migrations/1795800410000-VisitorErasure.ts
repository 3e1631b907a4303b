import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deleting a visitor (an erasure request) keeps what the fair's statistics are made of: their
 * invitations (answers, the campaign funnel) and tickets (check-ins per gate and hour hang on
 * them) stay as anonymous rows, their link to the visitor set to NULL by the database itself.
 * A ticket without a holder can never admit anyone: it must be revoked and carry no initials,
 * so a delete that skipped the revocation fails instead of leaving a live anonymous ticket.
 * `ON DELETE SET NULL (visitor_id)` nulls only that column of the composite key (PostgreSQL
 * 15+, the README's minimum); the body stays, as the campaign's key needs it.
 */
export class VisitorErasure1795800410000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE invitations ALTER COLUMN visitor_id DROP NOT NULL');
    await q.query('ALTER TABLE invitations DROP CONSTRAINT invitations_visitor_same_body');
    await q.query(`
      ALTER TABLE invitations ADD CONSTRAINT invitations_visitor_same_body
        FOREIGN KEY (organising_body_id, visitor_id) REFERENCES visitors (organising_body_id, id)
        ON DELETE SET NULL (visitor_id)`);

    await q.query('ALTER TABLE tickets ALTER COLUMN visitor_id DROP NOT NULL');
    await q.query('ALTER TABLE tickets DROP CONSTRAINT tickets_visitor_id_fkey');
    await q.query(`
      ALTER TABLE tickets ADD CONSTRAINT tickets_visitor_id_fkey
        FOREIGN KEY (visitor_id) REFERENCES visitors (id) ON DELETE SET NULL`);
    await q.query(`
      ALTER TABLE tickets ADD CONSTRAINT tickets_holderless_revoked
        CHECK (visitor_id IS NOT NULL OR (status = 'revoked' AND initials = ''))`);
    // The delete finds a visitor's tickets (and the foreign key's SET NULL does) by this.
    await q.query('CREATE INDEX tickets_visitor_idx ON tickets (visitor_id)');
    // … and the scans of those tickets, whose logged answers show the holder's initials.
    await q.query(
      'CREATE INDEX gate_scans_ticket_idx ON gate_scans (ticket_id) WHERE ticket_id IS NOT NULL',
    );
  }

  /** Fails while anonymous rows exist: they cannot get their visitor back. */
  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX gate_scans_ticket_idx');
    await q.query('DROP INDEX tickets_visitor_idx');
    await q.query('ALTER TABLE tickets DROP CONSTRAINT tickets_holderless_revoked');
    await q.query('ALTER TABLE tickets DROP CONSTRAINT tickets_visitor_id_fkey');
    await q.query(`
      ALTER TABLE tickets ADD CONSTRAINT tickets_visitor_id_fkey
        FOREIGN KEY (visitor_id) REFERENCES visitors (id) ON DELETE RESTRICT`);
    await q.query('ALTER TABLE tickets ALTER COLUMN visitor_id SET NOT NULL');

    await q.query('ALTER TABLE invitations DROP CONSTRAINT invitations_visitor_same_body');
    await q.query(`
      ALTER TABLE invitations ADD CONSTRAINT invitations_visitor_same_body
        FOREIGN KEY (organising_body_id, visitor_id) REFERENCES visitors (organising_body_id, id)
        ON DELETE RESTRICT`);
    await q.query('ALTER TABLE invitations ALTER COLUMN visitor_id SET NOT NULL');
  }
}
