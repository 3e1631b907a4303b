import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { Job, Worker, WorkerOptions } from 'bullmq';
import { APP_CONFIG, AppConfig, closeWorker, JobPayload, QueueName } from '@hoicho/platform';
import { FanOutService } from '../campaigns/fan-out.service';
import { VisitorImportRunner } from '../imports/visitor-import.runner';

/**
 * Consumes the imports and campaigns queues. Built by hand like the mail worker, so the
 * connection and `{prefix}` come from the validated config and a Redis restart is waited out
 * (`maxRetriesPerRequest: null`).
 */
@Injectable()
export class InvitationsWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(InvitationsWorker.name);
  private readonly workers: Worker[] = [];

  constructor(
    private readonly imports: VisitorImportRunner,
    private readonly fanOut: FanOutService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const { redis, workers } = this.config;
    const connection = { url: redis.url, maxRetriesPerRequest: null };
    const prefix = `{${redis.prefix}}`;
    if (workers.queues.includes(QueueName.Imports)) this.consumeImports(connection, prefix);
    if (workers.queues.includes(QueueName.Campaigns)) this.consumeCampaigns(connection, prefix);
    for (const worker of this.workers) {
      worker.on('error', (error) => this.logger.warn(`invitations worker: ${error.message}`));
    }
  }

  private consumeImports(connection: WorkerOptions['connection'], prefix: string): void {
    const imports = new Worker(
      QueueName.Imports,
      (job: Job<JobPayload<QueueName.Imports, 'visitors'>>) => this.imports.run(job.data.importId),
      { connection, prefix, concurrency: 2, lockDuration: 120_000 },
    );
    imports.on('failed', (job, error) => {
      if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
      this.logger.error(`import ${job.data.importId} failed: ${error.message}`);
      void this.imports.fail(job.data.importId, error.message).catch(() => undefined);
    });
    this.workers.push(imports);
  }

  private consumeCampaigns(connection: WorkerOptions['connection'], prefix: string): void {
    const campaigns = new Worker(
      QueueName.Campaigns,
      (job: Job<JobPayload<QueueName.Campaigns, 'fanOut'>>) => this.fanOut.run(job.data),
      { connection, prefix, concurrency: 2, lockDuration: 120_000 },
    );
    campaigns.on('failed', (job, error) => {
      if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) {
        this.logger.error(
          `fan-out of campaign ${job.data.campaignId} failed (the sweep retries it): ${error.message}`,
        );
      }
    });
    this.workers.push(campaigns);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => closeWorker(worker, this.logger)));
  }
}
