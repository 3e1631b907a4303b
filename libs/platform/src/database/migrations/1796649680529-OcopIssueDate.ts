import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The OCOP certificate's issue date, optional (older products have only the expiry). Given,
 * the expiry lies between it and 36 months later (Decision 148/QĐ-TTg); `+ interval` clamps
 * to the month's last day as the domain's addMonths does.
 */
export class OcopIssueDate1796649680529 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE products
        ADD COLUMN ocop_issued_on date,
        ADD CONSTRAINT products_ocop_validity CHECK (
          ocop_issued_on IS NULL OR (
            ocop_stars IS NOT NULL
            AND ocop_expires_on >= ocop_issued_on
            AND ocop_expires_on <= ocop_issued_on + interval '36 months'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE products DROP COLUMN ocop_issued_on');
  }
}
