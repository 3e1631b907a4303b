import type { DeliveryLogService } from '@hoicho/notifications';
import type { AnswerCounts } from '../rsvp/invitation-report.repository';
import type { CampaignProgressDto } from './dto/campaign-view.dto';

type MailTotals = Awaited<ReturnType<DeliveryLogService['totals']>>[number];

/** A campaign's progress from its delivery-log totals and its invitations' answers. */
export function toProgress(
  campaign: { id: string; status: string; suppressedCount: number },
  totals: MailTotals | undefined,
  a: AnswerCounts,
): CampaignProgressDto {
  return {
    campaignId: campaign.id,
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
