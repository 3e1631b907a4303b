import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, SweepTimer, underSweepLock } from '@hoicho/platform';
import { InvitationQueues } from '../common/invitation-queues';

const SWEEP_LOCK = 724_406;
/** A failed fan-out is tried again at most this often. */
const RETRY_BUCKET_MS = 10 * 60_000;

/**
 * Re-adds jobs the queue lost (a crash between commit and enqueue, a flushed Redis): imports
 * still queued or running without progress, campaigns and reminders due or sending without
 * progress. Every job is idempotent, so adding one that still exists costs nothing.
 */
@Injectable()
export class InvitationsSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(InvitationsSweeper.name);
  private readonly timer = new SweepTimer('invitations', () => this.sweep(), this.logger);

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: InvitationQueues,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer.start(this.config.workers.sweepIntervalMs);
  }

  onApplicationShutdown(): Promise<void> {
    return this.timer.stop();
  }

  async sweep(): Promise<number> {
    const grace = this.config.workers.sweepGraceMs;
    const found = await underSweepLock(this.dataSource, SWEEP_LOCK, async (manager) => {
      const imports: { id: string }[] = await manager.query(
        `SELECT id FROM visitor_imports
          WHERE status IN ('queued', 'running') AND updated_at < now() - $1 * interval '1 millisecond'
          LIMIT 100`,
        [grace],
      );
      const campaigns: { id: string }[] = await manager.query(
        `SELECT id FROM campaigns
          WHERE kind = 'invitation' AND updated_at < now() - $1 * interval '1 millisecond'
            AND (status = 'sending' OR (status = 'scheduled' AND scheduled_at < now()))
          LIMIT 100`,
        [grace],
      );
      const reminders: { id: string; campaign_id: string }[] = await manager.query(
        `SELECT id, campaign_id FROM campaign_reminders
          WHERE updated_at < now() - $1 * interval '1 millisecond'
            AND (status = 'sending' OR (status = 'scheduled' AND scheduled_at < now()))
          LIMIT 100`,
        [grace],
      );
      return { imports, campaigns, reminders };
    });
    if (!found) return 0;
    const bucket = new Date(Math.floor(Date.now() / RETRY_BUCKET_MS) * RETRY_BUCKET_MS);
    for (const row of found.imports) await this.queues.addImport(row.id);
    for (const row of found.campaigns) await this.queues.addFanOut(row.id, bucket);
    for (const row of found.reminders) await this.queues.addFanOut(row.campaign_id, bucket, row.id);
    const total = found.imports.length + found.campaigns.length + found.reminders.length;
    if (total) this.logger.log(`invitations sweep re-added ${total} job(s)`);
    return total;
  }
}
