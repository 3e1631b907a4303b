import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { APP_CONFIG, AppConfig, closeWorker, JobPayload, QueueName } from '@hoicho/platform';
import { RunExecutor } from '../runs/run-executor';

/**
 * Consumes the allocation queue. Built by hand like the mail worker, so the connection and
 * `{prefix}` come from the validated config and a Redis restart is waited out. One run at a
 * time per process: the engine is CPU-bound and runs within a fixed work budget.
 */
@Injectable()
export class AllocationWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AllocationWorker.name);
  private worker?: Worker;

  constructor(
    private readonly executor: RunExecutor,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const { redis, workers } = this.config;
    if (!workers.queues.includes(QueueName.Allocation)) return;
    this.worker = new Worker(
      QueueName.Allocation,
      (job: Job<JobPayload<QueueName.Allocation, 'run'>>) =>
        this.executor.execute(job.data.runId, (progress) => job.updateProgress(progress)),
      {
        connection: { url: redis.url, maxRetriesPerRequest: null },
        prefix: `{${redis.prefix}}`,
        concurrency: 1,
        lockDuration: 120_000,
      },
    );
    this.worker.on('failed', (job, error) => {
      if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
      this.logger.error(`allocation run ${job.data.runId} failed: ${error.message}`);
      void this.executor
        .fail(job.data.runId, `The run stopped: ${error.message}`)
        .catch(() => undefined);
    });
    this.worker.on('error', (error) => this.logger.warn(`allocation worker: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await closeWorker(this.worker, this.logger);
  }
}
