import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which organising bodies a producer has shown its private profile to (tax code, address,
 * contacts, members) by applying to one of their fairs. Owned by exhibitors; applications
 * records a row when an application is submitted. Existing submitted applications count.
 */
export class ProducerDisclosures1795801316000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE producer_disclosures (
        producer_id uuid NOT NULL REFERENCES producers(id) ON DELETE CASCADE,
        organising_body_id uuid NOT NULL REFERENCES organising_bodies(id) ON DELETE CASCADE,
        disclosed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (producer_id, organising_body_id)
      )`);
    await q.query(`
      INSERT INTO producer_disclosures (producer_id, organising_body_id, disclosed_at)
      SELECT a.producer_id, f.organising_body_id, min(a.submitted_at)
        FROM applications a JOIN fairs f ON f.id = a.fair_id
       WHERE a.submitted_at IS NOT NULL
       GROUP BY a.producer_id, f.organising_body_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE producer_disclosures');
  }
}
