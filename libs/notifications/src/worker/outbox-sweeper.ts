import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Sweep, SweepLock, UnderSweepLock } from '@hoicho/platform';
import { MailQueue } from '../outbox/mail-queue';
import { OutboxRepository } from '../outbox/outbox.repository';
import { OutboxRequeue } from '../outbox/outbox-requeue';

const BATCH = 2000;

/**
 * Recovers what the queue lost: rows still queued or retrying past a grace period (a crash
 * between commit and enqueue, a flushed Redis) and rows left `sending` past their lease
 * (a worker killed mid-send).
 */
@Injectable()
export class OutboxSweeper {
  private readonly logger = new Logger(OutboxSweeper.name);

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly mailQueue: MailQueue,
    private readonly requeue: OutboxRequeue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Returns how many messages it handed back to the queue. */
  @Sweep({ name: 'outbox', lock: SweepLock.Outbox })
  async sweep(underLock: UnderSweepLock): Promise<number> {
    const due = await underLock(async (manager) => {
      await this.outbox.expireLeases(manager, BATCH);
      return this.outbox.findOverdue(manager, this.config.workers.sweepGraceMs, BATCH);
    });
    if (!due?.length) return 0;
    // Behind a backlog most overdue rows still have their job waiting: ask once per job.
    const live = await this.mailQueue.live([...new Set(due.map((row) => row.jobId))]);
    const requeued = await this.requeue.requeue(
      due.filter((row) => !live.has(row.jobId)).map((row) => row.id),
    );
    if (requeued) this.logger.log(`outbox sweep re-queued ${requeued} message(s)`);
    return requeued;
  }
}
