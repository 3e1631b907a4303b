import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Sweep, SweepLock, UnderSweepLock } from '@hoicho/platform';
import { MailQueue } from '../outbox/mail-queue';
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
    private readonly mailQueue: MailQueue,
    private readonly requeue: OutboxRequeue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Returns how many messages it handed back to the queue. */
  @Sweep({ name: 'outbox', lock: SweepLock.Outbox })
  async sweep(underLock: UnderSweepLock): Promise<number> {
    const due = await underLock(async (manager) => {
      await manager.query(
        `UPDATE outbox_messages
            SET status = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'retrying' END,
                last_error = 'lease expired: the worker stopped while sending', lease_until = NULL,
                next_attempt_at = now(), updated_at = now()
          WHERE id IN (SELECT id FROM outbox_messages WHERE status = 'sending' AND lease_until < now() LIMIT $1)`,
        [BATCH],
      );
      return manager.query(
        `SELECT id, job_id AS "jobId" FROM outbox_messages
          WHERE status IN ('queued', 'retrying')
            AND COALESCE(next_attempt_at, send_after, created_at) < now() - $1 * interval '1 millisecond'
          ORDER BY created_at LIMIT $2`,
        [this.config.workers.sweepGraceMs, BATCH],
      ) as Promise<{ id: string; jobId: string }[]>;
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
