import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox stores each recipient already normalised (NFC, lower case: OutboxService), so
 * the column needs no case-insensitive type. As citext every comparison lower-cases both
 * sides, and a message's recipient index entry is written three times (recorded, claimed,
 * settled: a status change is not a HOT update): measured on a 100,000-row insert, the citext
 * index doubled the statement's time. Plain text compares bytes.
 */
export class OutboxRecipientText1795800005000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'UPDATE outbox_messages SET recipient = lower(recipient::text) WHERE recipient::text <> lower(recipient::text)',
    );
    await q.query('ALTER TABLE outbox_messages ALTER COLUMN recipient TYPE text');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE outbox_messages ALTER COLUMN recipient TYPE citext');
  }
}
