import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, QueueName, TypedQueue } from '@hoicho/platform';
import { Queue } from 'bullmq';

const BATCH = 1000;

/** Adds message ids to the mail queue; the job id is the message id. */
@Injectable()
export class MailQueue {
  private readonly logger = new Logger(MailQueue.name);
  readonly queue: TypedQueue<QueueName.Mail>;

  constructor(
    @InjectQueue(QueueName.Mail) raw: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.queue = new TypedQueue(raw);
    // Without a listener BullMQ prints every connection error while Redis is away; one line
    // a minute says it, and the connection keeps retrying on its own.
    let lastWarning = 0;
    raw.on('error', (error: Error) => {
      if (Date.now() - lastWarning < 60_000) return;
      lastWarning = Date.now();
      this.logger.warn(`mail queue: ${error.message}`);
    });
  }

  private options(id: string, sendAfter?: Date | null) {
    const delay = sendAfter ? Math.max(0, sendAfter.getTime() - Date.now()) : 0;
    return {
      jobId: id,
      delay,
      attempts: this.config.workers.mailMaxAttempts,
      backoff: { type: 'exponential', delay: this.config.workers.mailBackoffMs },
      // Redis stays flat: finished jobs go; the outbox row keeps the history.
      removeOnComplete: { age: 3600, count: 1000 },
      removeOnFail: { age: 24 * 3600, count: 5000 },
    };
  }

  async add(messages: { id: string; sendAfter?: Date | null }[]): Promise<void> {
    for (let i = 0; i < messages.length; i += BATCH) {
      await this.queue.addBulk(
        messages.slice(i, i + BATCH).map((m) => ({
          name: 'send' as const,
          data: { messageId: m.id },
          opts: this.options(m.id, m.sendAfter),
        })),
      );
    }
  }

  /**
   * Makes sure a live job exists for each message: a finished job left under the same id
   * (kept for a while by removeOnComplete/removeOnFail) would make a plain add a no-op.
   */
  async ensure(messages: { id: string; sendAfter?: Date | null }[]): Promise<number> {
    const missing: { id: string; sendAfter?: Date | null }[] = [];
    for (const message of messages) {
      const job = await this.queue.raw.getJob(message.id);
      if (job) {
        const state = await job.getState();
        if (state !== 'completed' && state !== 'failed' && state !== 'unknown') continue;
        await job.remove().catch(() => undefined);
      }
      missing.push(message);
    }
    await this.add(missing);
    return missing.length;
  }
}
