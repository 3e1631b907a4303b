import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@hoicho/platform';
import { DataSource } from 'typeorm';
import { MailQueue } from '../outbox/mail-queue';
import { OutboxRequeue } from '../outbox/outbox-requeue';

const BATCH = 2000;
// Any fixed number; all processes agree on it, so one sweep runs at a time.
const SWEEP_LOCK = 724_301;

/**
 * Recovers what the queue lost: rows still queued or retrying past a grace period (a crash
 * between commit and enqueue, a flushed Redis) and rows left `sending` past their lease
 * (a worker killed mid-send). It runs on a timer in each worker process rather than as a
 * BullMQ repeatable job, because it must work precisely when Redis has lost its data.
 */
@Injectable()
export class OutboxSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxSweeper.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailQueue: MailQueue,
    private readonly requeue: OutboxRequeue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.sweep()
        .catch((error: Error) => this.logger.warn(`outbox sweep failed: ${error.message}`))
        .finally(() => (this.running = undefined));
    }, this.config.workers.sweepIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Returns how many messages it handed back to the queue. */
  async sweep(): Promise<number> {
    const due = await this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [
        SWEEP_LOCK,
      ]);
      if (!locked) return [];
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
    if (!due.length) return 0;
    // Behind a backlog most overdue rows still have their job waiting: ask once per job.
    const live = await this.mailQueue.live([...new Set(due.map((row) => row.jobId))]);
    const requeued = await this.requeue.requeue(
      due.filter((row) => !live.has(row.jobId)).map((row) => row.id),
    );
    if (requeued) this.logger.log(`outbox sweep re-queued ${requeued} message(s)`);
    return requeued;
  }
}
