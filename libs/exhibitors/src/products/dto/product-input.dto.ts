import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  Max,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { isCalendarDate } from '@hoicho/platform/domain';
import { OCOP_MAX_STARS, OCOP_MIN_STARS } from '../../domain';
import { IsMoney, IsOptionalNotNull, IsText, TrimNfc } from '@hoicho/platform';

const IsCalendarDate = () =>
  ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value) => typeof value === 'string' && isCalendarDate(value),
      defaultMessage: () => 'must be a date like 2027-06-30',
    },
  });

/** A size in cm, to the millimetre. */
const IsCentimetres = () =>
  applyDecorators(
    IsOptional(),
    IsNumber({ maxDecimalPlaces: 1, allowNaN: false, allowInfinity: false }),
    Min(0.1),
    Max(99999),
  );

export class OcopInputDto {
  @ApiProperty({ minimum: OCOP_MIN_STARS, maximum: OCOP_MAX_STARS, example: 4 })
  @IsInt()
  @Min(OCOP_MIN_STARS)
  @Max(OCOP_MAX_STARS)
  stars: number;

  @ApiProperty({ example: '2027-06-30', description: 'last day the certificate is valid' })
  @IsCalendarDate()
  expiresOn: string;

  @ApiPropertyOptional({
    type: String,
    example: '2024-07-01',
    nullable: true,
    description: 'day the certificate was issued; its expiry is at most 36 months later',
  })
  @IsOptional()
  @IsCalendarDate()
  issuedOn?: string | null;
}

/**
 * Fields shared by create and update. On update only the fields sent change and the optional
 * ones are cleared with null.
 */
class ProductFieldsDto {
  @ApiPropertyOptional({
    type: String,
    example: 'Rattan lamp shade',
    maxLength: 200,
    nullable: true,
  })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 200)
  nameEn?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['mây', 'tre'], maxItems: 20 })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @TrimNfc()
  @IsText(1, 60, { each: true })
  materials?: string[];

  @ApiPropertyOptional({
    type: String,
    example: 'Ø 40 cm, cao 30 cm',
    maxLength: 200,
    nullable: true,
  })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 200)
  dimensionsText?: string | null;

  @ApiPropertyOptional({ type: Number, example: 40, nullable: true }) @IsCentimetres() widthCm?:
    number | null;
  @ApiPropertyOptional({ type: Number, example: 40, nullable: true }) @IsCentimetres() depthCm?:
    number | null;
  @ApiPropertyOptional({ type: Number, example: 30, nullable: true }) @IsCentimetres() heightCm?:
    number | null;

  @ApiPropertyOptional({ type: String, example: '350000', description: 'đồng', nullable: true })
  @IsOptional()
  @IsMoney()
  priceMin?: string | null;

  @ApiPropertyOptional({
    type: String,
    example: '550000',
    description: 'đồng, at least priceMin',
    nullable: true,
  })
  @IsOptional()
  @IsMoney()
  priceMax?: string | null;

  @ApiPropertyOptional({ type: Number, example: 50, minimum: 1, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  minOrderQuantity?: number | null;

  @ApiPropertyOptional({ type: OcopInputDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OcopInputDto)
  ocop?: OcopInputDto | null;

  @ApiPropertyOptional({ description: 'a sample can be lent for showcases' })
  @IsOptionalNotNull()
  @IsBoolean()
  sampleAvailable?: boolean;

  @ApiPropertyOptional({ description: 'show in the public catalogue' })
  @IsOptionalNotNull()
  @IsBoolean()
  published?: boolean;
}

export class CreateProductDto extends ProductFieldsDto {
  @ApiProperty({ example: 'Chao đèn mây', maxLength: 200 })
  @TrimNfc()
  @IsText(1, 200)
  nameVi: string;

  @ApiProperty({ example: 'Đèn, chao đèn', maxLength: 100 })
  @TrimNfc()
  @IsText(1, 100)
  category: string;
}

export class UpdateProductDto extends ProductFieldsDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptionalNotNull()
  @TrimNfc()
  @IsText(1, 200)
  nameVi?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptionalNotNull()
  @TrimNfc()
  @IsText(1, 100)
  category?: string;
}
