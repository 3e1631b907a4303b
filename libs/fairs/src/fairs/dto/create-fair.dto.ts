import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { IsInstant } from '../../common/validators';
import { FairDayDto } from './fair-day.dto';
import { IsText, TrimNfc } from '@hoicho/platform';

const INSTANT_DOC =
  'Hà Nội wall-clock time ("2026-08-01T08:00") or an ISO 8601 instant with an offset';

export class CreateFairDto {
  @ApiProperty({ example: 'Hội chợ làng nghề Hà Nội 2026', maxLength: 200 })
  @TrimNfc()
  @IsText(1, 200)
  nameVi: string;

  @ApiPropertyOptional({ type: String, example: 'Hanoi Craft Village Fair 2026', maxLength: 200 })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 200)
  nameEn?: string | null;

  @ApiProperty({ example: 'Cung Văn hóa Hữu nghị Việt Xô', maxLength: 200 })
  @TrimNfc()
  @IsText(1, 200)
  venueName: string;

  @ApiProperty({ example: '91 Trần Hưng Đạo, phường Cửa Nam, Hà Nội', maxLength: 300 })
  @TrimNfc()
  @IsText(1, 300)
  venueAddress: string;

  @ApiProperty({ type: [FairDayDto], minItems: 1, maxItems: 60 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => FairDayDto)
  days: FairDayDto[];

  @ApiProperty({ example: '2026-08-01T08:00', description: INSTANT_DOC })
  @IsInstant()
  applicationsOpenAt: string;

  @ApiProperty({ example: '2026-09-15T17:00', description: INSTANT_DOC })
  @IsInstant()
  applicationsCloseAt: string;

  @ApiPropertyOptional({
    type: String,
    example: '2026-09-20T17:00',
    nullable: true,
    description: INSTANT_DOC,
  })
  @IsOptional()
  @IsInstant()
  withdrawalDeadline?: string | null;
}
