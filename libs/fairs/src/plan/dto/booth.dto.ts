import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsNumber,
  IsString,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { IsOptionalNotNull, TrimLower, TrimUpper } from '@hoicho/platform';

const METRES = { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false };
const BOOTH_CODE = /^[\p{L}\p{N}][\p{L}\p{N}._/-]{0,31}$/u;
const BOOTH_CODE_MESSAGE = 'must be a booth code like A-01 (letters, digits, . _ / -; up to 32)';

/** A booth as the plan export shows it: codes for zone, type and neighbours. */
export class PlanBoothDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'A-01' }) code: string;
  @ApiProperty({ example: 'may-tre-dan', description: 'zone code' }) zone: string;
  @ApiProperty({ example: 'tieu-chuan', description: 'booth type code' }) type: string;
  @ApiProperty({ example: 0, description: 'metres' }) x: number;
  @ApiProperty({ example: 0, description: 'metres' }) y: number;
  @ApiProperty({ example: 3, description: 'metres' }) width: number;
  @ApiProperty({ example: 3, description: 'metres' }) height: number;
  @ApiProperty() corner: boolean;
  @ApiProperty({ description: 'drawn but not for rent (pillar, organiser’s desk)' })
  blocked: boolean;
  @ApiProperty({ type: [String], example: ['A-02'], description: 'symmetric' })
  neighbours: string[];
}

/**
 * Only the fields sent change. Neighbours replace the booth's list, and the other side of
 * each pair follows, so the relation stays symmetric.
 */
export class UpdateBoothDto {
  @ApiPropertyOptional({ example: 'A-01' })
  @IsOptionalNotNull()
  @TrimUpper()
  @IsString()
  @Matches(BOOTH_CODE, { message: BOOTH_CODE_MESSAGE })
  code?: string;

  @ApiPropertyOptional({ example: 'may-tre-dan' })
  @IsOptionalNotNull()
  @TrimLower()
  @IsString()
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'must be a zone code' })
  zone?: string;

  @ApiPropertyOptional({ example: 'tieu-chuan' })
  @IsOptionalNotNull()
  @TrimLower()
  @IsString()
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'must be a booth type code' })
  type?: string;

  @ApiPropertyOptional() @IsOptionalNotNull() @IsNumber(METRES) @Min(0) @Max(10000) x?: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsNumber(METRES) @Min(0) @Max(10000) y?: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsNumber(METRES) @Min(0.5) @Max(100) width?: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsNumber(METRES) @Min(0.5) @Max(100) height?: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() corner?: boolean;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() blocked?: boolean;

  @ApiPropertyOptional({ type: [String], example: ['A-02', 'B-01'] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @TrimUpper()
  @IsString({ each: true })
  @Matches(BOOTH_CODE, { each: true, message: BOOTH_CODE_MESSAGE })
  neighbours?: string[];
}
