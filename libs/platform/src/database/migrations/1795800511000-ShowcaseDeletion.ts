import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deleting a showcase takes its open entries with it (invitations, proposals, declined and
 * withdrawn ones: rows without a custody trail), but never a sample with a trail. The entries
 * now follow their showcase (ON DELETE CASCADE), while `sample_custody_events.sample_id` stays
 * ON DELETE RESTRICT and the trail stays append-only (its triggers refuse DELETE and
 * TRUNCATE): a cascade that reaches a sample with any custody event fails as a whole, so a
 * trail cannot vanish through its showcase either. Inquiries sent from a sample's label keep
 * their RESTRICT too, and only accepted samples (which always have a trail) have labels.
 */
export class ShowcaseDeletion1795800511000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE showcase_samples
        DROP CONSTRAINT showcase_samples_showcase_fk,
        ADD CONSTRAINT showcase_samples_showcase_fk FOREIGN KEY (fair_id, showcase_id)
          REFERENCES showcases (fair_id, id) ON DELETE CASCADE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE showcase_samples
        DROP CONSTRAINT showcase_samples_showcase_fk,
        ADD CONSTRAINT showcase_samples_showcase_fk FOREIGN KEY (fair_id, showcase_id)
          REFERENCES showcases (fair_id, id) ON DELETE RESTRICT`);
  }
}
