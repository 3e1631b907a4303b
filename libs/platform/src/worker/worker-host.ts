import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { Worker } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { closeWorker } from './close-worker';
import { CONSUMER_SETTINGS } from './consumer-settings';
import { ConsumerPlan, planConsumers } from './consumer-plan';
import { discoverMethods } from './discover-methods';
import { JOB_FAILED, JOB_HANDLER, JobRef } from './job-handler.decorator';

/**
 * Consumes the queues of WORKER_QUEUES with the @JobHandler methods of every provider, one
 * BullMQ worker per queue. Built on BullMQ's Worker rather than @Processor so concurrency and
 * the rate limit come from the validated config; its connections wait a Redis restart out
 * (`maxRetriesPerRequest: null`) instead of dying.
 */
@Injectable()
export class WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHost.name);
  private readonly workers: Worker[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const plans = planConsumers(
      this.config.workers.queues,
      discoverMethods<JobRef>(this.discovery, this.scanner, JOB_HANDLER),
      discoverMethods<JobRef>(this.discovery, this.scanner, JOB_FAILED),
    );
    for (const plan of plans) this.workers.push(this.consume(plan));
  }

  private consume({ queue, handlers, onFailed }: ConsumerPlan): Worker {
    const { redis, workers } = this.config;
    const worker = new Worker(
      queue,
      async (job) => {
        const handle = handlers.get(job.name);
        if (!handle) throw new Error(`no handler for ${queue} job ${job.name}`);
        return handle(job);
      },
      {
        connection: { url: redis.url, maxRetriesPerRequest: null },
        prefix: `{${redis.prefix}}`,
        ...CONSUMER_SETTINGS[queue](workers),
      },
    );
    worker.on('failed', (job, error) => {
      if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
      void onFailed
        .get(job.name)?.(job, error)
        .catch(() => undefined);
    });
    worker.on('error', (error) => this.logger.warn(`${queue} worker: ${error.message}`));
    return worker;
  }

  /** Lets the jobs in hand finish (their rows settle) before the process goes, within a deadline. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => closeWorker(worker, this.logger)));
  }
}
