import { Injectable } from '@nestjs/common';
import { DeliveryLogService } from '@hoicho/notifications';
import { AuthUser, Page, pageOf } from '@hoicho/platform';
import { InvitationsAccess } from '../access/invitations-access';
import { InvitationReportRepository } from '../rsvp/invitation-report.repository';
import { InvitationQueryDto } from './dto/campaign.dto';
import { CampaignFunnelDto, CampaignProgressDto, InvitationRowDto } from './dto/campaign-view.dto';
import { INVITATION_KEY_PREFIX } from './invitation-mail';
import { toProgress } from './campaign-progress.view';

/** How a campaign is doing: its mail and answers, its funnel, and who was invited. */
@Injectable()
export class CampaignReportsService {
  constructor(
    private readonly access: InvitationsAccess,
    private readonly invitations: InvitationReportRepository,
    private readonly deliveryLog: DeliveryLogService,
  ) {}

  async progress(user: AuthUser, campaignId: string): Promise<CampaignProgressDto> {
    const campaign = await this.access.campaign(user, campaignId);
    const [totals] = await this.deliveryLog.totals(campaign.organisingBodyId, campaignId);
    const a = await this.invitations.answerCounts(campaignId);
    return toProgress(campaign, totals, a);
  }

  async funnel(user: AuthUser, campaignId: string): Promise<CampaignFunnelDto> {
    const campaign = await this.access.campaign(user, campaignId);
    const a = await this.invitations.answerCounts(campaignId);
    // The invitations' own emails, told apart from reminders and tickets by their dedupe key.
    const sent = await this.deliveryLog.sentCount(
      campaign.organisingBodyId,
      campaignId,
      INVITATION_KEY_PREFIX,
    );
    return {
      campaignId,
      invited: a.invited,
      sent,
      opened: a.opened,
      answered: a.accepted + a.declined,
      accepted: a.accepted,
      declined: a.declined,
      attended: await this.invitations.attendedCount(campaignId),
    };
  }

  async invitationList(
    user: AuthUser,
    campaignId: string,
    query: InvitationQueryDto,
  ): Promise<Page<InvitationRowDto>> {
    await this.access.campaign(user, campaignId);
    const { items, total } = await this.invitations.page(campaignId, query.rsvp, query);
    return pageOf(
      items.map((r) => ({
        id: r.id,
        visitor: { id: r.visitorId, name: r.name, email: r.email },
        rsvpStatus: r.rsvpStatus,
        guests: r.guests,
        answeredAt: r.answeredAt,
        openedAt: r.openedAt,
        ticketId: r.ticketId,
        checkedInAt: r.admittedAt,
      })),
      total,
      query,
    );
  }
}
