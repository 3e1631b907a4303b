import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { CODE, CODE_MESSAGE } from './zone.dto';
import { IsMoney, IsOptionalNotNull, IsText, TrimLower, TrimNfc } from '@hoicho/platform';

const METRES = { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false };
const MONEY_DOC =
  'integer đồng; sent as a string of digits (or a whole JSON number), always returned as a string';

export class CreateBoothTypeDto {
  @ApiProperty({ example: 'tieu-chuan' })
  @TrimLower()
  @IsString()
  @Matches(CODE, { message: CODE_MESSAGE })
  code: string;

  @ApiProperty({ example: 'Gian tiêu chuẩn 3×3', maxLength: 120 })
  @TrimNfc()
  @IsText(1, 120)
  nameVi: string;

  @ApiPropertyOptional({ type: String, example: 'Standard booth 3×3', maxLength: 120 })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 120)
  nameEn?: string | null;

  @ApiProperty({ example: 3, description: 'metres' })
  @IsNumber(METRES)
  @Min(0.5)
  @Max(100)
  widthM: number;

  @ApiProperty({ example: 3, description: 'metres' })
  @IsNumber(METRES)
  @Min(0.5)
  @Max(100)
  depthM: number;

  @ApiProperty({ example: '12000000', type: String, description: MONEY_DOC })
  @IsMoney()
  price: string;
}

/** Only the fields sent change; nameEn is cleared with null. */
export class UpdateBoothTypeDto {
  @ApiPropertyOptional({ example: 'tieu-chuan' })
  @IsOptionalNotNull()
  @TrimLower()
  @IsString()
  @Matches(CODE, { message: CODE_MESSAGE })
  code?: string;

  @ApiPropertyOptional({ maxLength: 120 })
  @IsOptionalNotNull()
  @TrimNfc()
  @IsText(1, 120)
  nameVi?: string;

  @ApiPropertyOptional({ type: String, maxLength: 120, nullable: true })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 120)
  nameEn?: string | null;

  @ApiPropertyOptional() @IsOptionalNotNull() @IsNumber(METRES) @Min(0.5) @Max(100) widthM?: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsNumber(METRES) @Min(0.5) @Max(100) depthM?: number;

  @ApiPropertyOptional({ type: String, description: MONEY_DOC })
  @IsOptionalNotNull()
  @IsMoney()
  price?: string;
}

export class BoothTypeDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'tieu-chuan' }) code: string;
  @ApiProperty() nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ example: 3 }) widthM: number;
  @ApiProperty({ example: 3 }) depthM: number;
  @ApiProperty({ example: '12000000', description: MONEY_DOC }) price: string;
}
