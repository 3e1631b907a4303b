import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CampaignReminder } from './campaign.entity';

export type NewReminder = Pick<
  CampaignReminder,
  | 'campaignId'
  | 'audience'
  | 'subjectVi'
  | 'subjectEn'
  | 'bodyVi'
  | 'bodyEn'
  | 'scheduledAt'
  | 'createdBy'
>;

/** A reminder that was due, with its campaign. */
export interface DueReminder {
  id: string;
  campaignId: string;
}

/** Follow-ups to a campaign's invitations (`campaign_reminders`). */
@Injectable()
export class ReminderRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A scheduled reminder, as stored (counters and all). */
  async insert(manager: EntityManager, reminder: NewReminder): Promise<CampaignReminder> {
    const repository = manager.getRepository(CampaignReminder);
    const { id } = await repository.save(repository.create({ ...reminder, status: 'scheduled' }));
    return repository.findOneByOrFail({ id });
  }

  findById(id: string): Promise<CampaignReminder | null> {
    return this.dataSource.getRepository(CampaignReminder).findOneBy({ id });
  }

  /** A campaign's reminders, oldest first. */
  listForCampaign(campaignId: string): Promise<CampaignReminder[]> {
    return this.dataSource
      .getRepository(CampaignReminder)
      .find({ where: { campaignId }, order: { createdAt: 'ASC' } });
  }

  /** Marks a reminder that is sending or due as sending; false when it is neither. */
  async claimForFanOut(manager: EntityManager, id: string, campaignId: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await manager.query(
      `UPDATE campaign_reminders SET status = 'sending', updated_at = now()
        WHERE id = $1 AND campaign_id = $2
          AND (status = 'sending' OR (status = 'scheduled' AND scheduled_at <= now() + interval '1 second'))
        RETURNING id`,
      [id, campaignId],
    );
    return rows.length > 0;
  }

  /** Progress: keeps the sweep away from a fan-out that is moving. */
  async touch(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE campaign_reminders SET updated_at = now() WHERE id = $1', [id]);
  }

  /** Ends a fan-out: sent, `sent` messages for its audience, `suppressed` addresses skipped. */
  async finishFanOut(
    manager: EntityManager,
    id: string,
    sent: number,
    suppressed: number,
  ): Promise<void> {
    await manager.query(
      `UPDATE campaign_reminders
          SET status = 'sent', fan_out_finished_at = now(), updated_at = now(),
              sent_count = $2, suppressed_count = $3
        WHERE id = $1 AND status = 'sending'`,
      [id, sent, suppressed],
    );
  }

  /** Reminders due or sending without progress for `graceMs`: their job may be lost. */
  async findStalled(manager: EntityManager, graceMs: number): Promise<DueReminder[]> {
    return manager.query(
      `SELECT id, campaign_id AS "campaignId" FROM campaign_reminders
        WHERE updated_at < now() - $1 * interval '1 millisecond'
          AND (status = 'sending' OR (status = 'scheduled' AND scheduled_at < now()))
        LIMIT 100`,
      [graceMs],
    );
  }
}
