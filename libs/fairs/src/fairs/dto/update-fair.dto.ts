import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  ValidateNested,
} from 'class-validator';
import { REQUIRABLE_DOCUMENT_KINDS, type DocumentKind } from '@hoicho/exhibitors';
import { IsInstant } from '../../common/validators';
import { FairDayDto } from './fair-day.dto';
import { IsOptionalNotNull, IsText, TrimNfc } from '@hoicho/platform';

/** Only the fields sent change; nameEn and withdrawalDeadline are cleared with null. */
export class UpdateFairDto {
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

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptionalNotNull()
  @TrimNfc()
  @IsText(1, 200)
  venueName?: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptionalNotNull()
  @TrimNfc()
  @IsText(1, 300)
  venueAddress?: string;

  @ApiPropertyOptional({ type: [FairDayDto], description: 'replaces every day' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => FairDayDto)
  days?: FairDayDto[];

  @ApiPropertyOptional() @IsOptionalNotNull() @IsInstant() applicationsOpenAt?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsInstant() applicationsCloseAt?: string;
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsInstant()
  withdrawalDeadline?: string | null;

  @ApiPropertyOptional({
    enum: REQUIRABLE_DOCUMENT_KINDS,
    isArray: true,
    description: 'document kinds an applicant must hold, valid on the first day; replaces the list',
  })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @IsIn(REQUIRABLE_DOCUMENT_KINDS, {
    each: true,
    message: 'each must be a document kind a fair can require',
  })
  requiredDocumentKinds?: DocumentKind[];
}
