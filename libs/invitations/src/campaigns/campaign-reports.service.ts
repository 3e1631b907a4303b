import { Injectable } from '@nestjs/common';
import { DeliveryLogService } from '@hoicho/notifications';
import { AuthUser, Page, pageOf } from '@hoicho/platform';
import { InvitationsAccess } from '../access/invitations-access';
import { InvitationReportRepository } from '../rsvp/invitation-report.repository';
import { InvitationQueryDto } from './dto/campaign.dto';
import { CampaignFunnelDto, CampaignProgressDto, InvitationRowDto } from './dto/campaign-view.dto';
import { INVITATION_KEY_PREFIX } from './invitation-mail';

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
    return {
      campaignId,
      status: campaign.status,
      enqueued: campaign.status === 'sent',
      invited: a.invited,
      skippedSuppressed: campaign.suppressedCount,
      mail: {
        queued: totals?.queued ?? 0,
        sending: totals?.sending ?? 0,
        sent: totals?.sent ?? 0,
        retrying: totals?.retrying ?? 0,
        failed: totals?.failed ?? 0,
        suppressed: totals?.suppressed ?? 0,
        total: totals?.total ?? 0,
      },
      answers: {
        pending: a.pending,
        accepted: a.accepted,
        declined: a.declined,
        answered: a.accepted + a.declined,
        guests: a.guests,
      },
      opened: a.opened,
    };
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
