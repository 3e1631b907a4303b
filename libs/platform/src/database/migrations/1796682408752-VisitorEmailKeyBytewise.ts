import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A body's visitors stay unique by address, but the unique index compares the stored text
 * byte for byte (text_ops, COLLATE "C") instead of through citext, which lower-cases both
 * sides of every comparison: some 17 comparisons per row written, about a quarter of an
 * import's insert CPU (npm run bench:import).
 *
 * The same rows are refused as before: `visitors_email_check` keeps every stored address
 * equal to its own lower() (the function citext compares through, under the database's
 * collation), so two stored addresses are citext-equal exactly when their bytes are equal.
 * Lookups by address compare `email::text COLLATE "C"` with lower() of what they look for,
 * which is citext's equality for a stored address and reaches this index; `ON CONFLICT
 * (organising_body_id, email)` infers it as it inferred the constraint.
 */
export class VisitorEmailKeyBytewise1796682408752 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE UNIQUE INDEX visitors_body_email_key ON visitors (organising_body_id, email COLLATE "C" text_ops)',
    );
    await q.query('ALTER TABLE visitors DROP CONSTRAINT visitors_body_email_unique');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE visitors ADD CONSTRAINT visitors_body_email_unique UNIQUE (organising_body_id, email)',
    );
    await q.query('DROP INDEX visitors_body_email_key');
  }
}
