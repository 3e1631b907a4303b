import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class DevMailboxMessageDto {
  @ApiProperty() id: string;
  @ApiProperty() receivedAt: Date;
  @ApiProperty() envelopeFrom: string;
  @ApiProperty({ type: [String] }) envelopeTo: string[];
  @ApiPropertyOptional() messageId?: string;
  @ApiProperty() subject: string;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty() text: string;
  @ApiProperty() html: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) headers: Record<
    string,
    string
  >;
  @ApiProperty({ type: [String], description: 'attachment file names' }) attachments: string[];
}
