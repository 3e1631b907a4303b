import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

export class PlanSvgQueryDto {
  @ApiPropertyOptional({
    enum: ['assignments', 'none'],
    default: 'assignments',
    description: 'assignments: the producer’s name on each booth; none: the bare plan',
  })
  @IsOptional()
  @IsIn(['assignments', 'none'])
  show?: 'assignments' | 'none';

  @ApiPropertyOptional({
    enum: ['zone', 'village'],
    default: 'zone',
    description: 'colour booths by zone, or assigned booths by the producer’s craft village',
  })
  @IsOptional()
  @IsIn(['zone', 'village'])
  colour?: 'zone' | 'village';

  @ApiPropertyOptional({
    description: 'draw this run’s draft instead of the published assignments',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  runId?: string;
}

export class PublishedAssignmentDto {
  @ApiProperty() applicationId: string;
  @ApiProperty() producerId: string;
  @ApiProperty() producerName: string;
  @ApiProperty({ type: String, nullable: true }) craftVillage: string | null;
  @ApiProperty({ type: [String], example: ['A-01', 'A-02'] }) booths: string[];
  @ApiProperty({ description: 'placed by an organiser’s hand' }) manual: boolean;
}

export class PublishedAllocationDto {
  @ApiProperty() fairId: string;
  @ApiProperty({ description: 'moves with every change to the published assignments' })
  version: number;
  @ApiProperty({ type: [PublishedAssignmentDto] }) assignments: PublishedAssignmentDto[];
}
