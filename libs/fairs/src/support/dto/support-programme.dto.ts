import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  Max,
  Min,
} from 'class-validator';
import { LEGAL_FORMS, LegalForm } from '@hoicho/exhibitors';
import { IsMoney, IsOptionalNotNull, IsText, TrimNfc } from '@hoicho/platform';

const MONEY_DOC = 'integer đồng as a string of digits (a whole JSON number is accepted too)';
const FORMS_MESSAGE = `each must be one of ${LEGAL_FORMS.join(', ')}`;

export class CreateSupportProgrammeDto {
  @ApiProperty({ example: 'Hỗ trợ khuyến công 2026', maxLength: 200 })
  @TrimNfc()
  @IsText(1, 200)
  nameVi: string;

  @ApiPropertyOptional({
    type: String,
    example: 'Industrial promotion support 2026',
    maxLength: 200,
  })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 200)
  nameEn?: string | null;

  @ApiProperty({ example: 50, minimum: 1, maximum: 100, description: 'percent of the booth fee' })
  @IsInt()
  @Min(1)
  @Max(100)
  ratePercent: number;

  @ApiPropertyOptional({
    type: Number,
    example: 2,
    nullable: true,
    description: 'booths subsidised per producer',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  maxBoothsPerProducer?: number | null;

  @ApiPropertyOptional({ example: '6000000', nullable: true, type: String, description: MONEY_DOC })
  @IsOptional()
  @IsMoney()
  capPerBooth?: string | null;

  @ApiPropertyOptional({
    example: '10000000',
    nullable: true,
    type: String,
    description: MONEY_DOC,
  })
  @IsOptional()
  @IsMoney()
  capPerProducer?: string | null;

  @ApiProperty({ example: '300000000', type: String, description: MONEY_DOC })
  @IsMoney()
  totalBudget: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  requireRecognisedCraftVillage?: boolean;

  @ApiPropertyOptional({
    type: Number,
    example: 3,
    minimum: 1,
    maximum: 5,
    nullable: true,
    description: 'unexpired OCOP rating ≥ this',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  minOcopStars?: number | null;

  @ApiPropertyOptional({ enum: LEGAL_FORMS, isArray: true, description: 'empty: every legal form' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(LEGAL_FORMS, { each: true, message: FORMS_MESSAGE })
  allowedLegalForms?: LegalForm[];
}

/** Only the fields sent change; optional caps, nameEn and minOcopStars are cleared with null. */
export class UpdateSupportProgrammeDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptionalNotNull()
  @TrimNfc()
  @IsText(1, 200)
  nameVi?: string;

  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 200)
  nameEn?: string | null;

  @ApiPropertyOptional() @IsOptionalNotNull() @IsInt() @Min(1) @Max(100) ratePercent?: number;
  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  maxBoothsPerProducer?: number | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsMoney() capPerBooth?:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsMoney() capPerProducer?:
    string | null;

  @ApiPropertyOptional({ type: String, description: 'cannot go below budgetUsed' })
  @IsOptionalNotNull()
  @IsMoney()
  totalBudget?: string;

  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() requireRecognisedCraftVillage?: boolean;
  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  minOcopStars?: number | null;

  @ApiPropertyOptional({ enum: LEGAL_FORMS, isArray: true })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @IsIn(LEGAL_FORMS, { each: true, message: FORMS_MESSAGE })
  allowedLegalForms?: LegalForm[];
}

export class SupportProgrammeDto {
  @ApiProperty() id: string;
  @ApiProperty() fairId: string;
  @ApiProperty() nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ example: 50 }) ratePercent: number;
  @ApiProperty({ type: Number, nullable: true, example: 2 }) maxBoothsPerProducer: number | null;
  @ApiProperty({ type: String, nullable: true, example: '6000000' }) capPerBooth: string | null;
  @ApiProperty({ type: String, nullable: true, example: '10000000' }) capPerProducer: string | null;
  @ApiProperty({ example: '300000000' }) totalBudget: string;
  @ApiProperty({ example: '0', description: 'granted so far by approved applications' })
  budgetUsed: string;
  @ApiProperty({ example: '300000000' }) budgetRemaining: string;
  @ApiProperty() requireRecognisedCraftVillage: boolean;
  @ApiProperty({ type: Number, nullable: true, example: 3 }) minOcopStars: number | null;
  @ApiProperty({ enum: LEGAL_FORMS, isArray: true }) allowedLegalForms: LegalForm[];
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}
