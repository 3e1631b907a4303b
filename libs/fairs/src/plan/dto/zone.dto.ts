import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { IsOptionalNotNull, IsText, TrimLower, TrimNfc } from '@hoicho/platform';

export const CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const CODE_MESSAGE = 'must be 1–40 lower-case letters, digits or dashes, e.g. may-tre-dan';
const COLOUR = /^#[0-9a-f]{6}$/;
const COLOUR_MESSAGE = 'must be a colour like #ffe0a0';

export class CreateZoneDto {
  @ApiProperty({ example: 'may-tre-dan', description: 'unique in the fair; used by imports' })
  @TrimLower()
  @IsString()
  @Matches(CODE, { message: CODE_MESSAGE })
  code: string;

  @ApiProperty({ example: 'Mây tre đan', maxLength: 120 })
  @TrimNfc()
  @IsText(1, 120)
  nameVi: string;

  @ApiPropertyOptional({ type: String, example: 'Rattan and bamboo', maxLength: 120 })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 120)
  nameEn?: string | null;

  @ApiPropertyOptional({
    type: String,
    example: 'Nhà A',
    maxLength: 80,
    description: 'the hall the zone is in',
  })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 80)
  hall?: string | null;

  @ApiPropertyOptional({
    type: String,
    example: '#ffe0a0',
    description: 'fill colour on the plan drawing',
  })
  @IsOptional()
  @TrimLower()
  @IsString()
  @Matches(COLOUR, { message: COLOUR_MESSAGE })
  colour?: string | null;
}

/** Only the fields sent change; nameEn, hall and colour are cleared with null. */
export class UpdateZoneDto {
  @ApiPropertyOptional({ example: 'may-tre-dan' })
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

  @ApiPropertyOptional({ type: String, maxLength: 80, nullable: true })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 80)
  hall?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @TrimLower()
  @IsString()
  @Matches(COLOUR, { message: COLOUR_MESSAGE })
  colour?: string | null;
}

export class ZoneDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'may-tre-dan' }) code: string;
  @ApiProperty({ example: 'Mây tre đan' }) nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ type: String, nullable: true }) hall: string | null;
  @ApiProperty({ type: String, nullable: true }) colour: string | null;
}
