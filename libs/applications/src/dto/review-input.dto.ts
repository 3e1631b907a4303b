import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsOptionalNotNull, IsText, PageQueryDto, TrimLower, TrimNfc } from '@hoicho/platform';
import { APPLICATION_STATUSES, ApplicationDecision, ApplicationStatus } from '../domain';
import { IsReason, QueryBoolean } from './validation';

export const DECISIONS: readonly ApplicationDecision[] = ['approved', 'rejected', 'waitlisted'];
const DECISION_MESSAGE = `must be one of ${DECISIONS.join(', ')}`;
const REASON_DOC = 'required for a rejection; the producer reads it in the decision letter';

export class DecisionDto {
  @ApiProperty({ enum: DECISIONS, description: 'staged until released' })
  @IsIn(DECISIONS, { message: DECISION_MESSAGE })
  decision: ApplicationDecision;

  @ApiPropertyOptional({ example: 'Sản phẩm chưa phù hợp chủ đề hội chợ', description: REASON_DOC })
  @TrimNfc()
  @IsReason(
    1000,
    (dto: DecisionDto) => dto.decision === 'rejected',
    'is required to reject an application',
  )
  reason?: string;
}

export class BulkDecisionDto extends DecisionDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 500 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @TrimLower()
  @IsUUID('all', { each: true, message: 'each must be an application id (UUID)' })
  applicationIds: string[];
}

export class ReleaseDecisionsDto {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'release only these; absent releases every staged decision of the fair',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @TrimLower()
  @IsUUID('all', { each: true, message: 'each must be an application id (UUID)' })
  applicationIds?: string[];
}

export class PriorityOverrideDto {
  @ApiProperty({
    type: Number,
    example: 5,
    minimum: 1,
    maximum: 5,
    nullable: true,
    description: 'the priority to use; null returns to the computed one',
  })
  @ValidateIf((_dto, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(5)
  priority: number | null;

  @ApiPropertyOptional({ example: 'Nghệ nhân nhân dân, đại diện làng nghề', maxLength: 500 })
  @TrimNfc()
  @IsReason(
    500,
    (dto: PriorityOverrideDto) => dto.priority !== null,
    'is required to override the priority',
  )
  reason?: string;
}

export class ApplicationSettingsInputDto {
  @ApiPropertyOptional({ example: 10, description: 'points for a recognised craft village' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(1000)
  craftVillagePoints?: number;

  @ApiPropertyOptional({ example: 3, description: 'points per star of the best valid OCOP rating' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(1000)
  pointsPerOcopStar?: number;

  @ApiPropertyOptional({ example: 5, description: 'points for a first participation' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(1000)
  firstParticipationPoints?: number;

  @ApiPropertyOptional({ example: 25, description: 'the earliest X% of submissions…' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(100)
  earlySubmissionPercent?: number;

  @ApiPropertyOptional({ example: 4, description: '…get these points' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(1000)
  earlySubmissionPoints?: number;

  @ApiPropertyOptional({
    type: [Number],
    example: [5, 10, 15, 20],
    description: 'minimum scores for priority 2, 3, 4 and 5, ascending',
  })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMinSize(4)
  @ArrayMaxSize(4)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(100000, { each: true })
  thresholds?: number[];

  @ApiPropertyOptional({ example: 50, description: 'percent of the amount due paid on approval' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(100)
  depositPercent?: number;
}

export const SORTS = [
  'submittedAt',
  'status',
  'producer',
  'village',
  'craft',
  'ocop',
  'priority',
] as const;
export type ApplicationSort = (typeof SORTS)[number];

export class ApplicationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: APPLICATION_STATUSES,
    description: 'as the organiser sees it: a staged decision counts',
  })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES, { message: `must be one of ${APPLICATION_STATUSES.join(', ')}` })
  status?: ApplicationStatus;

  @ApiPropertyOptional({ description: 'true: only applications with a staged decision' })
  @IsOptional()
  @QueryBoolean()
  @IsIn([true, false], { message: 'must be true or false' })
  pending?: boolean;

  @ApiPropertyOptional({ example: 'phu vinh', description: 'craft village; ignores diacritics' })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 100)
  village?: string;

  @ApiPropertyOptional({ example: 'may-tre-dan', description: 'craft category code (or part)' })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 100)
  craft?: string;

  @ApiPropertyOptional({ example: 3, description: 'best valid OCOP rating of at least' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(5)
  ocopMin?: number;

  @ApiPropertyOptional({ example: 'may-tre-dan', description: 'a zone code the producer wished' })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 100)
  zone?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'the support programme claimed' })
  @IsOptional()
  @IsString()
  @TrimLower()
  @IsUUID('all', { message: 'must be a support programme id (UUID)' })
  programme?: string;

  @ApiPropertyOptional({ example: 5, minimum: 1, maximum: 5, description: 'priority (1–5) is' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  priority?: number;

  @ApiPropertyOptional({ enum: SORTS, default: 'submittedAt' })
  @IsOptional()
  @IsIn(SORTS, { message: `must be one of ${SORTS.join(', ')}` })
  sort?: ApplicationSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'], { message: 'must be asc or desc' })
  order?: 'asc' | 'desc';
}

export class ProducerApplicationQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsString()
  @TrimLower()
  @IsUUID('all', { message: 'must be a fair id (UUID)' })
  fairId?: string;
}
