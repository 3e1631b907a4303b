import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  IsObject,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { TrimLower, TrimUpper } from '@hoicho/platform';

const METRES = { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false };

export class PlanPointDto {
  @ApiProperty({ example: 0, description: 'metres from the left' })
  @IsNumber(METRES)
  @Min(0)
  @Max(10000)
  x: number;

  @ApiProperty({ example: 0, description: 'metres from the top' })
  @IsNumber(METRES)
  @Min(0)
  @Max(10000)
  y: number;
}

/** A block of same-type booths in one zone; booth sizes default to the booth type's. */
export class PlanGridDto {
  @ApiProperty({ example: 'may-tre-dan', description: 'zone code' })
  @TrimLower()
  @IsString()
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'must be a zone code' })
  zone: string;

  @ApiProperty({ example: 'tieu-chuan', description: 'booth type code' })
  @TrimLower()
  @IsString()
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'must be a booth type code' })
  type: string;

  @ApiProperty({ example: 'A-', description: 'put before the number: A- gives A-01, A-02…' })
  @TrimUpper()
  @IsString()
  @Matches(/^[\p{L}\p{N}][\p{L}\p{N}._/-]{0,15}$/u, {
    message: 'must be 1–16 letters, digits or . _ / - starting with a letter or digit',
  })
  prefix: string;

  @ApiProperty({ example: 3, minimum: 1, maximum: 100 }) @IsInt() @Min(1) @Max(100) rows: number;
  @ApiProperty({ example: 10, minimum: 1, maximum: 100 })
  @IsInt()
  @Min(1)
  @Max(100)
  columns: number;

  @ApiProperty({ type: PlanPointDto, description: 'top-left corner of the block' })
  // Without it a missing origin passed validation and failed later as a 500.
  @IsObject()
  @ValidateNested()
  @Type(() => PlanPointDto)
  origin: PlanPointDto;

  @ApiPropertyOptional({ description: 'metres; defaults to the booth type’s width' })
  @IsOptional()
  @IsNumber(METRES)
  @Min(0.5)
  @Max(100)
  boothWidth?: number;

  @ApiPropertyOptional({ description: 'metres; defaults to the booth type’s depth' })
  @IsOptional()
  @IsNumber(METRES)
  @Min(0.5)
  @Max(100)
  boothHeight?: number;

  @ApiPropertyOptional({ default: 1, description: 'number of the first booth' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(9999)
  firstNumber?: number;

  @ApiPropertyOptional({ default: 3, description: 'metres between rows (or row pairs)' })
  @IsOptional()
  @IsNumber(METRES)
  @Min(0)
  @Max(100)
  aisle?: number;

  @ApiPropertyOptional({ default: false, description: 'rows in pairs sharing a back wall' })
  @IsOptional()
  @IsBoolean()
  backToBack?: boolean;
}
