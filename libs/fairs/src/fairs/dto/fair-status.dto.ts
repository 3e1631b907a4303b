import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { FAIR_STATUSES, FairStatus } from '../../domain';
import { IsText, TrimNfc } from '@hoicho/platform';

export class ChangeFairStatusDto {
  @ApiProperty({ enum: FAIR_STATUSES, example: 'open' })
  @IsIn(FAIR_STATUSES, { message: `must be one of ${FAIR_STATUSES.join(', ')}` })
  to: FairStatus;

  @ApiPropertyOptional({ maxLength: 500, example: 'Mở nhận hồ sơ' })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 500)
  reason?: string;
}

export class FairStatusChangeDto {
  @ApiProperty() id: string;
  @ApiProperty({
    enum: FAIR_STATUSES,
    nullable: true,
    description: 'null when the fair was created',
  })
  from: FairStatus | null;
  @ApiProperty({ enum: FAIR_STATUSES }) to: FairStatus;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ description: 'user id' }) changedBy: string;
  @ApiProperty({ type: String, nullable: true, description: 'that user’s name' }) changedByName:
    string | null;
  @ApiProperty() changedAt: Date;
}
