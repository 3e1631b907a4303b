import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports refuse a row whose phone another visitor of the list has: the check joins the staged
 * rows to the list by (body, phone), so it needs an index whatever the list's size.
 */
export class VisitorPhoneIndex1796656279840 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE INDEX visitors_body_phone_idx ON visitors (organising_body_id, phone) WHERE phone IS NOT NULL',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX visitors_body_phone_idx');
  }
}
