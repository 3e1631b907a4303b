import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A product may come back into a showcase once its sample is settled (returned, sold, damaged
 * or lost): the new entry is a new sample with its own label code and trail. Two live entries
 * of one product in one showcase stay impossible, "live" being an open invitation or proposal,
 * or an accepted sample still requested, received or on display. The first migration counted
 * every accepted sample as live for good, so a returned sample barred its product for ever.
 *
 * A row never becomes live again once it left this set (declined, withdrawn and the final
 * custody statuses have no way back), so the index only ever loses rows on UPDATE.
 */
export class ShowcaseSampleReentry1795800510000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX showcase_samples_one_live_per_product');
    await q.query(`
      CREATE UNIQUE INDEX showcase_samples_one_live_per_product
        ON showcase_samples (showcase_id, product_id)
        WHERE entry_status IN ('invited', 'proposed')
           OR (entry_status = 'accepted' AND custody_status IN ('requested', 'received', 'on_display'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Fails, as it should, while a product has a settled sample and a live one in a showcase.
    await q.query('DROP INDEX showcase_samples_one_live_per_product');
    await q.query(`
      CREATE UNIQUE INDEX showcase_samples_one_live_per_product
        ON showcase_samples (showcase_id, product_id)
        WHERE entry_status IN ('invited', 'proposed', 'accepted')`);
  }
}
