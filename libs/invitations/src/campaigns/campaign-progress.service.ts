import { Injectable } from '@nestjs/common';
import { DeliveryLogService } from '@hoicho/notifications';
import { AuthUser } from '@hoicho/platform';
import { InvitationsAccess } from '../access/invitations-access';
import { CampaignProgressRepository } from './campaign-progress.repository';
import { toProgress } from './campaign-progress.view';
import { CampaignProgressDto } from './dto/campaign-view.dto';

/**
 * The progress of all of a body's campaigns (or one fair's) at once: one statement for their
 * answers, one for their mail (the delivery log's totals per campaign), whatever their number.
 */
@Injectable()
export class CampaignProgressService {
  constructor(
    private readonly access: InvitationsAccess,
    private readonly campaigns: CampaignProgressRepository,
    private readonly deliveryLog: DeliveryLogService,
  ) {}

  async ofBody(user: AuthUser, bodyId: string, fairId?: string): Promise<CampaignProgressDto[]> {
    this.access.body(user, bodyId);
    const [counts, totals] = await Promise.all([
      this.campaigns.countsOfBody(bodyId, fairId),
      this.deliveryLog.totals(bodyId),
    ]);
    const mail = new Map(totals.map((t) => [t.campaignId, t]));
    return counts.map((c) => toProgress({ ...c, id: c.campaignId }, mail.get(c.campaignId), c));
  }
}
