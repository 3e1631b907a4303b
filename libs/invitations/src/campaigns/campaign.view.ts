import { CampaignDto, ReminderDto } from './dto/campaign-view.dto';
import { Campaign, CampaignReminder } from './campaign.entity';

export function toCampaignDto(c: Campaign, audienceSize?: number): CampaignDto {
  return {
    id: c.id,
    organisingBodyId: c.organisingBodyId,
    fairId: c.fairId,
    kind: c.kind,
    name: c.name,
    subject: { vi: c.subjectVi, en: c.subjectEn },
    body: { vi: c.bodyVi, en: c.bodyEn },
    audience: {
      all: c.audienceAll,
      segments: c.audienceSegments,
      tags: c.audienceTags,
      visitorIds: c.audienceVisitorIds,
    },
    maxGuests: c.maxGuests,
    preAccepted: c.preAccepted,
    status: c.status,
    scheduledAt: c.scheduledAt,
    fanOutFinishedAt: c.fanOutFinishedAt,
    invited: c.invitedCount,
    suppressed: c.suppressedCount,
    ...(audienceSize === undefined ? {} : { audienceSize }),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export function toReminderDto(r: CampaignReminder): ReminderDto {
  return {
    id: r.id,
    campaignId: r.campaignId,
    audience: r.audience,
    status: r.status,
    scheduledAt: r.scheduledAt,
    sent: r.sentCount,
    suppressed: r.suppressedCount,
    fanOutFinishedAt: r.fanOutFinishedAt,
  };
}
