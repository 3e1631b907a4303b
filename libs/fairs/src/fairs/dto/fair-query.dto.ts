import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '@hoicho/platform';
import { FAIR_STATUSES, FairStatus } from '../../domain';

export class FairQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: FAIR_STATUSES })
  @IsOptional()
  @IsIn(FAIR_STATUSES, { message: `must be one of ${FAIR_STATUSES.join(', ')}` })
  status?: FairStatus;
}
