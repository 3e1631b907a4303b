import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { CODE, CODE_MESSAGE } from './validation';
import { IsOptionalNotNull, IsText, TrimLower, TrimNfc } from '@hoicho/platform';

export class ApplicationNeedsDto {
  @ApiPropertyOptional({ default: false, description: 'electricity beyond the standard socket' })
  @IsOptional()
  @IsBoolean()
  power?: boolean;

  @ApiPropertyOptional({ default: false, description: 'running water at the booth' })
  @IsOptional()
  @IsBoolean()
  water?: boolean;

  @ApiPropertyOptional({
    type: String,
    example: 'Cần ổ cắm 3 pha cho lò nung mini',
    maxLength: 1000,
  })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 1000, { multiline: true })
  note?: string | null;
}

const TYPES_DOC =
  'codes of the booth types the producer accepts (see GET /fairs/:fairId/application-form)';
const ZONES_DOC = 'zone codes, most wanted first; empty means any zone';
const NEAR_DOC =
  'producer ids of other applicants to stand near (a village’s producers often want one block); ' +
  'allocation turns them into the ids of their approved applications';

export class CreateApplicationDto {
  @ApiProperty({ example: 2, minimum: 1, maximum: 20 })
  @IsInt()
  @Min(1)
  @Max(20)
  boothsWanted: number;

  @ApiProperty({ type: [String], example: ['tieu-chuan'], description: TYPES_DOC })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @TrimLower()
  @IsString({ each: true })
  @Matches(CODE, { each: true, message: CODE_MESSAGE })
  boothTypes: string[];

  @ApiPropertyOptional({
    type: [String],
    example: ['may-tre-dan', 'gom-su'],
    description: ZONES_DOC,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @TrimLower()
  @IsString({ each: true })
  @Matches(CODE, { each: true, message: CODE_MESSAGE })
  zones?: string[];

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  wantsCorner?: boolean;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: NEAR_DOC })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @TrimLower()
  @IsUUID('all', { each: true, message: 'each must be a producer id (UUID)' })
  nearProducerIds?: string[];

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'products from the producer’s own catalogue it will exhibit',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @TrimLower()
  @IsUUID('all', { each: true, message: 'each must be a product id (UUID)' })
  productIds?: string[];

  @ApiPropertyOptional({ type: ApplicationNeedsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ApplicationNeedsDto)
  needs?: ApplicationNeedsDto;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'the support programme claimed',
  })
  @IsOptional()
  @TrimLower()
  @IsUUID('all', { message: 'must be a support programme id (UUID)' })
  supportProgrammeId?: string | null;
}

/** Only the fields sent change; needs and supportProgrammeId are cleared with null. */
export class UpdateApplicationDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 20 })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(20)
  boothsWanted?: number;

  @ApiPropertyOptional({ type: [String], description: TYPES_DOC })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @TrimLower()
  @IsString({ each: true })
  @Matches(CODE, { each: true, message: CODE_MESSAGE })
  boothTypes?: string[];

  @ApiPropertyOptional({ type: [String], description: ZONES_DOC })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @TrimLower()
  @IsString({ each: true })
  @Matches(CODE, { each: true, message: CODE_MESSAGE })
  zones?: string[];

  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() wantsCorner?: boolean;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: NEAR_DOC })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @TrimLower()
  @IsUUID('all', { each: true, message: 'each must be a producer id (UUID)' })
  nearProducerIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @TrimLower()
  @IsUUID('all', { each: true, message: 'each must be a product id (UUID)' })
  productIds?: string[];

  @ApiPropertyOptional({ type: ApplicationNeedsDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ApplicationNeedsDto)
  needs?: ApplicationNeedsDto | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @TrimLower()
  @IsUUID('all', { message: 'must be a support programme id (UUID)' })
  supportProgrammeId?: string | null;
}

export class WithdrawApplicationDto {
  @ApiPropertyOptional({ example: 'Cơ sở không thu xếp được nhân lực', maxLength: 1000 })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 1000, { multiline: true })
  reason?: string;
}
