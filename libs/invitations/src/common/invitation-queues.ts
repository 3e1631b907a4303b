import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { logQueueErrors, QueueName, TypedQueue } from '@hoicho/platform';

const OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: true,
  removeOnFail: { age: 24 * 3600, count: 1000 },
};

/**
 * The import and campaign queues. Job ids are derived from the row they work on, so adding a
 * job that is already waiting or running is a no-op: the sweep and a second click may both add.
 */
@Injectable()
export class InvitationQueues {
  readonly imports: TypedQueue<QueueName.Imports>;
  readonly campaigns: TypedQueue<QueueName.Campaigns>;

  constructor(
    @InjectQueue(QueueName.Imports) imports: Queue,
    @InjectQueue(QueueName.Campaigns) campaigns: Queue,
  ) {
    this.imports = new TypedQueue(imports);
    this.campaigns = new TypedQueue(campaigns);
    const logger = new Logger(InvitationQueues.name);
    logQueueErrors(imports, logger);
    logQueueErrors(campaigns, logger);
  }

  async addImport(importId: string): Promise<void> {
    await this.imports.add('visitors', { importId }, { ...OPTIONS, jobId: `import-${importId}` });
  }

  /** A campaign's fan-out, or a reminder's, due at `at` (now when absent or past). */
  async addFanOut(campaignId: string, at: Date | null, reminderId?: string): Promise<void> {
    const delay = at ? Math.max(0, at.getTime() - Date.now()) : 0;
    const subject = reminderId ? `reminder-${reminderId}` : `campaign-${campaignId}`;
    // The due time is part of the id: rescheduling adds a new job, and a stale one finds the
    // campaign not due and does nothing. Fan-out is idempotent, so a duplicate job is harmless.
    const jobId = `${subject}-${(at ?? new Date()).getTime()}`;
    await this.campaigns.add('fanOut', reminderId ? { campaignId, reminderId } : { campaignId }, {
      ...OPTIONS,
      jobId,
      delay,
    });
  }
}
