import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each outbox row names the queue job that carries it: a campaign's messages travel many to a
 * job, so the sweep asks the queue about a job once for all its rows instead of once per row.
 * Rows recorded before carried their own id as the job id.
 */
export class OutboxJobIds1795800003000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE outbox_messages ADD COLUMN job_id text');
    await q.query('UPDATE outbox_messages SET job_id = id::text');
    // A row written by hand names a job nobody added: the sweep finds it missing and adds one.
    await q.query(`ALTER TABLE outbox_messages ALTER COLUMN job_id SET NOT NULL,
                   ALTER COLUMN job_id SET DEFAULT gen_random_uuid()::text,
                   ADD CONSTRAINT outbox_job_id_length CHECK (length(job_id) BETWEEN 1 AND 100)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE outbox_messages DROP COLUMN job_id');
  }
}
