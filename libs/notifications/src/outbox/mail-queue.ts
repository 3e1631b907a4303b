import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { logQueueErrors, QueueName, TypedQueue } from '@hoicho/platform';
import { Queue } from 'bullmq';

const BATCH = 1000;

/** One queue job: the messages it carries and when it may start. */
export interface MailJob {
  jobId: string;
  messageIds: string[];
  sendAfter?: Date | null;
}

/**
 * The mail queue. A job carries one message (transactional mail, a retry) or a batch of a bulk
 * mailing; its id is the outbox rows' `job_id`. Retries are not BullMQ's: a deferred message
 * goes back to its row (`retrying`, `next_attempt_at`) and travels again in a job of its own.
 */
@Injectable()
export class MailQueue {
  private readonly logger = new Logger(MailQueue.name);
  readonly queue: TypedQueue<QueueName.Mail>;

  constructor(@InjectQueue(QueueName.Mail) raw: Queue) {
    this.queue = new TypedQueue(raw);
    logQueueErrors(raw, this.logger);
  }

  async add(jobs: MailJob[]): Promise<void> {
    for (let i = 0; i < jobs.length; i += BATCH) {
      await this.queue.addBulk(
        jobs.slice(i, i + BATCH).map((job) => ({
          name: 'send' as const,
          data: { messageIds: job.messageIds },
          opts: {
            jobId: job.jobId,
            delay: job.sendAfter ? Math.max(0, job.sendAfter.getTime() - Date.now()) : 0,
            // A job fails when PostgreSQL is away (its claim fails); it comes back within
            // seconds rather than waiting for the sweep's grace. A claim takes only rows still
            // to send, so a retry never repeats a message.
            attempts: 5,
            backoff: { type: 'exponential', delay: 1000 },
            // Redis stays flat: finished jobs go; the outbox rows keep the history.
            removeOnComplete: { age: 3600, count: 1000 },
            removeOnFail: { age: 24 * 3600, count: 5000 },
          },
        })),
      );
    }
  }

  /**
   * The ids among `jobIds` whose job is still to run or running. A job hash without
   * `finishedOn` is waiting, delayed or active: one HGETALL each, no scan of the wait list,
   * so the check stays cheap behind a backlog of 100,000 messages.
   */
  async live(jobIds: string[]): Promise<Set<string>> {
    const jobs = await Promise.all(jobIds.map((id) => this.queue.raw.getJob(id)));
    return new Set(jobs.filter((job) => job && !job.finishedOn).map((job) => job!.id!));
  }
}
