import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Sweep, SweepLock, UnderSweepLock } from '@hoicho/platform';
import { CampaignRepository } from '../campaigns/campaign.repository';
import { ReminderRepository } from '../campaigns/reminder.repository';
import { InvitationQueues } from '../common/invitation-queues';
import { VisitorImportRepository } from '../imports/visitor-import.repository';

/** A failed fan-out is tried again at most this often. */
const RETRY_BUCKET_MS = 10 * 60_000;

/**
 * Re-adds jobs the queue lost (a crash between commit and enqueue, a flushed Redis): imports
 * still queued or running without progress, campaigns and reminders due or sending without
 * progress. Every job is idempotent, so adding one that still exists costs nothing.
 */
@Injectable()
export class InvitationsSweeper {
  private readonly logger = new Logger(InvitationsSweeper.name);

  constructor(
    private readonly queues: InvitationQueues,
    private readonly imports: VisitorImportRepository,
    private readonly campaigns: CampaignRepository,
    private readonly reminders: ReminderRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Sweep({ name: 'invitations', lock: SweepLock.Invitations })
  async sweep(underLock: UnderSweepLock): Promise<number> {
    const grace = this.config.workers.sweepGraceMs;
    const found = await underLock(async (manager) => ({
      imports: await this.imports.findStalled(manager, grace),
      campaigns: await this.campaigns.findStalled(manager, grace),
      reminders: await this.reminders.findStalled(manager, grace),
    }));
    if (!found) return 0;
    const bucket = new Date(Math.floor(Date.now() / RETRY_BUCKET_MS) * RETRY_BUCKET_MS);
    for (const id of found.imports) await this.queues.addImport(id);
    for (const id of found.campaigns) await this.queues.addFanOut(id, bucket);
    for (const row of found.reminders) await this.queues.addFanOut(row.campaignId, bucket, row.id);
    const total = found.imports.length + found.campaigns.length + found.reminders.length;
    if (total) this.logger.log(`invitations sweep re-added ${total} job(s)`);
    return total;
  }
}
