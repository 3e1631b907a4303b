import { Injectable, Logger } from '@nestjs/common';
import { JobHandler, OnJobFailed, QueueJob, QueueName } from '@hoicho/platform';
import { FanOutService } from '../campaigns/fan-out.service';
import { VisitorImportRunner } from '../imports/visitor-import.runner';

/** The imports and campaigns queues' jobs: a visitor import, a campaign's (or reminder's) fan-out. */
@Injectable()
export class InvitationsJobsHandler {
  private readonly logger = new Logger(InvitationsJobsHandler.name);

  constructor(
    private readonly imports: VisitorImportRunner,
    private readonly fanOut: FanOutService,
  ) {}

  @JobHandler(QueueName.Imports, 'visitors')
  importVisitors(job: QueueJob<QueueName.Imports, 'visitors'>): Promise<unknown> {
    return this.imports.run(job.data.importId);
  }

  @OnJobFailed(QueueName.Imports, 'visitors')
  async importFailed(job: QueueJob<QueueName.Imports, 'visitors'>, error: Error): Promise<void> {
    this.logger.error(`import ${job.data.importId} failed: ${error.message}`);
    await this.imports.fail(job.data.importId, error.message);
  }

  @JobHandler(QueueName.Campaigns, 'fanOut')
  fanOutCampaign(job: QueueJob<QueueName.Campaigns, 'fanOut'>): Promise<unknown> {
    return this.fanOut.run(job.data);
  }

  @OnJobFailed(QueueName.Campaigns, 'fanOut')
  async fanOutFailed(job: QueueJob<QueueName.Campaigns, 'fanOut'>, error: Error): Promise<void> {
    this.logger.error(
      `fan-out of campaign ${job.data.campaignId} failed (the sweep retries it): ${error.message}`,
    );
  }
}
