import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What many messages of one recording have in common (a campaign's fair, venue, days and
 * calendar details) is stored once; each outbox row keeps only what is its own. A 100,000-
 * message campaign then writes, copies on every status update, and reads back about half the
 * bytes. Shared rows are immutable and outlive no message that points at them.
 */
export class OutboxSharedData1795800004000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_shared_data (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        data jsonb NOT NULL CHECK (jsonb_typeof(data) = 'object'),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE outbox_messages
      ADD COLUMN shared_data_id uuid REFERENCES outbox_shared_data(id) ON DELETE RESTRICT`);
    await q.query(
      'CREATE INDEX outbox_shared_data_idx ON outbox_messages (shared_data_id) WHERE shared_data_id IS NOT NULL',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE outbox_messages DROP COLUMN shared_data_id');
    await q.query('DROP TABLE outbox_shared_data');
  }
}
