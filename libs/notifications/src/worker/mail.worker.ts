import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig, closeWorker, JobPayload, QueueName } from '@hoicho/platform';
import { Job, Worker } from 'bullmq';
import { DeliverMessage } from './deliver-message';

/**
 * Consumes the mail queue. Built by hand rather than with @Processor so concurrency and the
 * rate limit come from the validated config. `maxRetriesPerRequest: null` keeps the worker
 * waiting through a Redis restart instead of dying.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailWorker.name);
  private worker?: Worker;

  constructor(
    private readonly deliver: DeliverMessage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const { workers, redis } = this.config;
    if (!workers.queues.includes(QueueName.Mail)) return;
    this.worker = new Worker(
      QueueName.Mail,
      (job: Job<JobPayload<QueueName.Mail, 'send'>>) =>
        this.deliver.deliverAll(job.data.messageIds),
      {
        connection: { url: redis.url, maxRetriesPerRequest: null },
        prefix: `{${redis.prefix}}`,
        concurrency: workers.mailConcurrency,
        limiter:
          workers.mailRatePerSecond > 0
            ? { max: workers.mailRatePerSecond, duration: 1000 }
            : undefined,
        // The job lock follows the row's lease: a killed worker's jobs become stalled (and go
        // back to the queue) once the lease is over, instead of after BullMQ's default 30 s.
        // Until then the sweep cannot re-add them (their job is still "active").
        lockDuration: workers.mailLeaseMs,
        stalledInterval: Math.min(30_000, workers.mailLeaseMs),
      },
    );
    this.worker.on('error', (error) => this.logger.warn(`mail worker: ${error.message}`));
  }

  /** Lets the jobs in hand finish (their rows settle) before the process goes, within a deadline. */
  async onApplicationShutdown(): Promise<void> {
    await closeWorker(this.worker, this.logger);
  }
}
