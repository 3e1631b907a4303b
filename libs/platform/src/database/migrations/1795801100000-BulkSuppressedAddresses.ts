import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications' read model of the suppression list for bulk mail (see
 * `libs/notifications/src/suppression/bulk-suppressed-addresses.ts`): a fan-out that picks its
 * recipients in SQL joins this view instead of the `suppressions` table, so the rule (scope
 * `bulk` or `all`) and the table stay notifications' own. A plain view is inlined by the
 * planner: the fan-out's page queries keep the plan they had when they named the table.
 */
export class BulkSuppressedAddresses1795801100000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE VIEW bulk_suppressed_addresses AS
      SELECT email FROM suppressions WHERE scope IN ('bulk', 'all')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP VIEW bulk_suppressed_addresses');
  }
}
