import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class CampaignProgressQueryDto {
  @ApiPropertyOptional({ description: 'only the campaigns of this fair' })
  @IsOptional()
  @IsUUID('all')
  fairId?: string;
}
