import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MessageStatus } from '../../outbox/message-status';

export class MessageViewDto {
  @ApiProperty() id: string;
  @ApiProperty() recipient: string;
  @ApiProperty() template: string;
  @ApiProperty({ enum: ['vi', 'en'] }) locale: string;
  @ApiProperty({ enum: MessageStatus }) status: MessageStatus;
  @ApiProperty() attempts: number;
  @ApiPropertyOptional({ type: String, nullable: true }) campaignId: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'the SMTP answer, or why it failed',
  })
  smtpResponse: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty() createdAt: Date;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  lastAttemptAt: Date | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  nextAttemptAt: Date | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) sentAt: Date | null;
}

export class MessagePageDto {
  @ApiProperty({ type: [MessageViewDto] }) items: MessageViewDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

export class CampaignTotalsDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'null groups messages outside any campaign',
  })
  campaignId: string | null;
  @ApiProperty() queued: number;
  @ApiProperty() sending: number;
  @ApiProperty() sent: number;
  @ApiProperty() retrying: number;
  @ApiProperty() failed: number;
  @ApiProperty() suppressed: number;
  @ApiProperty() total: number;
}
