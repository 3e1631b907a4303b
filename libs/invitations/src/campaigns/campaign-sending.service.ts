import { Injectable } from '@nestjs/common';
import { AuthUser, Clock, TransactionRunner } from '@hoicho/platform';
import { InvitationsAccess } from '../access/invitations-access';
import { FairDirectory, requireDays } from '../common/fair-info';
import { InvitationQueues } from '../common/invitation-queues';
import { campaignNotEditable, campaignNotSendable } from '../invitations.errors';
import { CampaignQueryService } from './campaign-query.service';
import { CampaignRepository } from './campaign.repository';
import { SendCampaignDto } from './dto/campaign.dto';
import { CampaignDto } from './dto/campaign-view.dto';

/** Sending a campaign now or at a time, or calling it off before it goes. */
@Injectable()
export class CampaignSendingService {
  constructor(
    private readonly access: InvitationsAccess,
    private readonly transactions: TransactionRunner,
    private readonly campaigns: CampaignRepository,
    private readonly fairs: FairDirectory,
    private readonly queues: InvitationQueues,
    private readonly query: CampaignQueryService,
    private readonly clock: Clock,
  ) {}

  /**
   * Sends now or at a time. Sending a campaign that was sent before invites only the visitors
   * the audience has gained since: the others already have their invitation and their email.
   */
  async send(user: AuthUser, campaignId: string, dto: SendCampaignDto): Promise<CampaignDto> {
    const campaign = await this.access.campaign(user, campaignId);
    if (campaign.kind !== 'invitation' || campaign.status === 'cancelled') {
      throw campaignNotSendable(campaign.status);
    }
    requireDays(await this.fairs.get(campaign.fairId));
    const at = dto.at ? new Date(dto.at) : null;
    const later = at && at.getTime() > this.clock.now().getTime() + 1000 ? at : null;
    // The fan-out is added after commit; if Redis is lost in that instant, the sweep adds it.
    const marked = await this.transactions.run(async (tx) => {
      const done = await this.campaigns.markToSend(
        tx.manager,
        campaignId,
        later,
        campaign.scheduledAt,
      );
      if (done) tx.afterCommit(() => this.queues.addFanOut(campaignId, later));
      return done;
    });
    if (!marked) throw campaignNotSendable(campaign.status);
    return this.query.get(user, campaignId);
  }

  async cancel(user: AuthUser, campaignId: string): Promise<CampaignDto> {
    const campaign = await this.access.campaign(user, campaignId);
    const cancelled = await this.transactions.run(({ manager }) =>
      this.campaigns.cancel(manager, campaignId),
    );
    if (!cancelled) throw campaignNotEditable(campaign.status);
    return this.query.get(user, campaignId);
  }

  /** A scheduled campaign back to a draft; 409 campaign_not_editable when it is not scheduled. */
  async unschedule(user: AuthUser, campaignId: string): Promise<CampaignDto> {
    const campaign = await this.access.campaign(user, campaignId);
    const done = await this.transactions.run(({ manager }) =>
      this.campaigns.unschedule(manager, campaignId),
    );
    if (!done) throw campaignNotEditable(campaign.status);
    return this.query.get(user, campaignId);
  }
}
