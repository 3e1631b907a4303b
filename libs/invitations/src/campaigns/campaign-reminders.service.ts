import { Injectable } from '@nestjs/common';
import { AuthUser, Clock, TransactionRunner } from '@hoicho/platform';
import { InvitationsAccess } from '../access/invitations-access';
import { InvitationQueues } from '../common/invitation-queues';
import { campaignNotSent } from '../invitations.errors';
import { DEFAULT_REMINDER_TEXTS, textColumns, textsOver } from './campaign-text';
import { toReminderDto } from './campaign.view';
import { CreateReminderDto } from './dto/campaign.dto';
import { ReminderDto } from './dto/campaign-view.dto';
import { ReminderRepository } from './reminder.repository';

/** Reminding a sent campaign's invitations in some answer states, and listing the reminders. */
@Injectable()
export class CampaignRemindersService {
  constructor(
    private readonly access: InvitationsAccess,
    private readonly transactions: TransactionRunner,
    private readonly reminders: ReminderRepository,
    private readonly queues: InvitationQueues,
    private readonly clock: Clock,
  ) {}

  async remind(user: AuthUser, campaignId: string, dto: CreateReminderDto): Promise<ReminderDto> {
    const campaign = await this.access.campaign(user, campaignId);
    if (!['sending', 'sent'].includes(campaign.status) || campaign.kind !== 'invitation') {
      throw campaignNotSent();
    }
    const at = dto.at ? new Date(dto.at) : this.clock.now();
    const reminder = await this.transactions.run(async (tx) => {
      const inserted = await this.reminders.insert(tx.manager, {
        campaignId,
        audience: dto.audience,
        ...textColumns(textsOver(dto.subject, dto.body, DEFAULT_REMINDER_TEXTS)),
        scheduledAt: at,
        createdBy: user.id,
      });
      // After commit; a fan-out lost with Redis is re-added by the sweep.
      tx.afterCommit(() => this.queues.addFanOut(campaignId, at, inserted.id));
      return inserted;
    });
    return toReminderDto(reminder);
  }

  async list(user: AuthUser, campaignId: string): Promise<ReminderDto[]> {
    await this.access.campaign(user, campaignId);
    return (await this.reminders.listForCampaign(campaignId)).map(toReminderDto);
  }
}
