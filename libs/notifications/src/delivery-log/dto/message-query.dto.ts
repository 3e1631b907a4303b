import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsText, PageQueryDto } from '@hoicho/platform';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { MessageStatus } from '../../outbox/message-status';

export class MessageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: MessageStatus })
  @IsOptional()
  @IsEnum(MessageStatus)
  status?: MessageStatus;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() campaignId?: string;
  @ApiPropertyOptional({ description: 'part of the recipient address' })
  @IsOptional()
  @IsText(1, 254)
  recipient?: string;
}

export class TotalsQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() campaignId?: string;
}
