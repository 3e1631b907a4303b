import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class TextsViewDto {
  @ApiProperty() vi: string;
  @ApiProperty() en: string;
}

class AudienceViewDto {
  @ApiProperty() all: boolean;
  @ApiProperty({ type: [String] }) segments: string[];
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: [String] }) visitorIds: string[];
}

export class CampaignDto {
  @ApiProperty() id: string;
  @ApiProperty() organisingBodyId: string;
  @ApiProperty() fairId: string;
  @ApiProperty({ enum: ['invitation', 'registration'] }) kind: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: TextsViewDto }) subject: TextsViewDto;
  @ApiProperty({ type: TextsViewDto }) body: TextsViewDto;
  @ApiProperty({ type: AudienceViewDto }) audience: AudienceViewDto;
  @ApiProperty() maxGuests: number;
  @ApiProperty() preAccepted: boolean;
  @ApiProperty({ enum: ['draft', 'scheduled', 'sending', 'sent', 'cancelled'] }) status: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) scheduledAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) fanOutFinishedAt: Date | null;
  @ApiProperty({ description: 'invitations made so far' }) invited: number;
  @ApiProperty({ description: 'audience members skipped because they unsubscribed' })
  suppressed: number;
  @ApiPropertyOptional({ description: 'visitors the audience selects now (single campaign only)' })
  audienceSize?: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class CampaignPageDto {
  @ApiProperty({ type: [CampaignDto] }) items: CampaignDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

export class CampaignPreviewDto {
  @ApiProperty({ enum: ['vi', 'en'] }) locale: string;
  @ApiProperty() subject: string;
  @ApiProperty() html: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: [String], description: 'attachment file names' }) attachments: string[];
}

class MailTotalsDto {
  @ApiProperty() queued: number;
  @ApiProperty() sending: number;
  @ApiProperty() sent: number;
  @ApiProperty() retrying: number;
  @ApiProperty() failed: number;
  @ApiProperty() suppressed: number;
  @ApiProperty() total: number;
}

class AnswersDto {
  @ApiProperty() pending: number;
  @ApiProperty() accepted: number;
  @ApiProperty() declined: number;
  @ApiProperty({ description: 'accepted + declined' }) answered: number;
  @ApiProperty({ description: 'guests announced with acceptances' }) guests: number;
}

export class CampaignProgressDto {
  @ApiProperty() campaignId: string;
  @ApiProperty() status: string;
  @ApiProperty({ description: 'fan-out finished' }) enqueued: boolean;
  @ApiProperty() invited: number;
  @ApiProperty({ description: 'skipped when sending because the address unsubscribed' })
  skippedSuppressed: number;
  @ApiProperty({ type: MailTotalsDto, description: 'the delivery log of the campaign’s mail' })
  mail: MailTotalsDto;
  @ApiProperty({ type: AnswersDto }) answers: AnswersDto;
  @ApiProperty() opened: number;
}

export class CampaignFunnelDto {
  @ApiProperty() campaignId: string;
  @ApiProperty() invited: number;
  @ApiProperty({ description: 'invitations whose email the server accepted' }) sent: number;
  @ApiProperty({ description: 'invitations whose personal link was opened' }) opened: number;
  @ApiProperty() answered: number;
  @ApiProperty() accepted: number;
  @ApiProperty() declined: number;
  @ApiProperty({ description: 'accepted invitations checked in at a gate' }) attended: number;
}

export class ReminderDto {
  @ApiProperty() id: string;
  @ApiProperty() campaignId: string;
  @ApiProperty() audience: string;
  @ApiProperty() status: string;
  @ApiProperty() scheduledAt: Date;
  @ApiProperty() sent: number;
  @ApiProperty() suppressed: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) fanOutFinishedAt: Date | null;
}

class InvitationVisitorDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
}

export class InvitationRowDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: InvitationVisitorDto }) visitor: InvitationVisitorDto;
  @ApiProperty({ enum: ['pending', 'accepted', 'declined'] }) rsvpStatus: string;
  @ApiProperty() guests: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) openedAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) ticketId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) checkedInAt: Date | null;
}

export class InvitationPageDto {
  @ApiProperty({ type: [InvitationRowDto] }) items: InvitationRowDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}
