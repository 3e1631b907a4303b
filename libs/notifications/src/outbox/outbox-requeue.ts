import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@hoicho/platform';
import { DataSource } from 'typeorm';
import { batchJobIds, jobsOf } from './mail-jobs';
import { MailQueue } from './mail-queue';

/**
 * Puts messages whose job is gone (Redis lost it, it finished without them, a re-send) back on
 * the queue in fresh jobs. The new job id is written to the rows first, so the next sweep asks
 * about the new job, not the old one; only rows still queued or retrying move.
 */
@Injectable()
export class OutboxRequeue {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailQueue: MailQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Returns how many messages went back to the queue. */
  async requeue(messageIds: string[]): Promise<number> {
    if (messageIds.length === 0) return 0;
    const jobIds = batchJobIds(
      messageIds.map(() => 0),
      this.config.workers.mailBatchSize,
    );
    const [rows] = (await this.dataSource.query(
      `UPDATE outbox_messages m SET job_id = v.job_id, updated_at = now()
         FROM unnest($1::uuid[], $2::text[]) AS v(id, job_id)
        WHERE m.id = v.id AND m.status IN ('queued', 'retrying')
        RETURNING m.id, m.job_id AS "jobId", m.send_after AS "sendAfter"`,
      [messageIds, jobIds],
    )) as [{ id: string; jobId: string; sendAfter: Date | null }[], number];
    await this.mailQueue.add(jobsOf(rows));
    return rows.length;
  }
}
