import { WorkerOptions } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { QueueName } from '../queue/queue-name';

export type ConsumerSettings = Pick<
  WorkerOptions,
  'concurrency' | 'limiter' | 'lockDuration' | 'stalledInterval'
>;

/** How each queue is consumed in one worker process. */
export const CONSUMER_SETTINGS: {
  [Q in QueueName]: (workers: AppConfig['workers']) => ConsumerSettings;
} = {
  [QueueName.Mail]: (workers) => ({
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
  }),
  // One run at a time per process: the engine is CPU-bound and runs within a fixed work budget.
  [QueueName.Allocation]: () => ({ concurrency: 1, lockDuration: 120_000 }),
  [QueueName.Campaigns]: () => ({ concurrency: 2, lockDuration: 120_000 }),
  [QueueName.Imports]: () => ({ concurrency: 2, lockDuration: 120_000 }),
};
