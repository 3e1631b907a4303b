import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@hoicho/platform';
import { batchJobIds, jobsOf } from './mail-jobs';
import { MailQueue } from './mail-queue';
import { OutboxRepository } from './outbox.repository';

/**
 * Puts messages whose job is gone (Redis lost it, it finished without them, a re-send) back on
 * the queue in fresh jobs. The new job id is written to the rows first, so the next sweep asks
 * about the new job, not the old one; only rows still queued or retrying move.
 */
@Injectable()
export class OutboxRequeue {
  constructor(
    private readonly outbox: OutboxRepository,
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
    const rows = await this.outbox.assignJobs(messageIds, jobIds);
    await this.mailQueue.add(jobsOf(rows));
    return rows.length;
  }
}
