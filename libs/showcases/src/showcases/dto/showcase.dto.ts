import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDay } from '../../common/text.decorators';
import { IsOptionalNotNull, IsText, TrimNfc } from '@hoicho/platform';

export class CreateShowcaseDto {
  @ApiProperty({ example: 'Tinh hoa mây tre đan Phú Vinh', maxLength: 200 })
  @TrimNfc()
  @IsText(1, 200)
  titleVi: string;

  @ApiPropertyOptional({
    type: String,
    example: 'The art of Phú Vinh rattan',
    maxLength: 200,
    nullable: true,
  })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 200)
  titleEn?: string | null;

  @ApiPropertyOptional({
    type: String,
    example: 'Mây tre đan trong đời sống hiện đại',
    maxLength: 500,
  })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 500)
  theme?: string | null;

  @ApiPropertyOptional({ type: String, example: 'Sảnh chính, Nhà A', maxLength: 200 })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 200)
  location?: string | null;

  @ApiPropertyOptional({ type: String, example: 'Nghệ nhân Nguyễn Văn Điện', maxLength: 120 })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 120)
  curator?: string | null;

  @ApiProperty({ example: '2026-10-10', description: 'first day (Hà Nội calendar)' })
  @IsCalendarDay()
  startsOn: string;

  @ApiProperty({ example: '2026-10-12', description: 'last day, not before startsOn' })
  @IsCalendarDay()
  endsOn: string;
}

export class UpdateShowcaseDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptionalNotNull()
  @TrimNfc()
  @IsText(1, 200)
  titleVi?: string;

  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 200)
  titleEn?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 500, nullable: true })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 500)
  theme?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 200)
  location?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 120, nullable: true })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 120)
  curator?: string | null;

  @ApiPropertyOptional({ example: '2026-10-10' })
  @IsOptionalNotNull()
  @IsCalendarDay()
  startsOn?: string;

  @ApiPropertyOptional({ example: '2026-10-12' })
  @IsOptionalNotNull()
  @IsCalendarDay()
  endsOn?: string;
}

export class ShowcaseEntryCountsDto {
  @ApiProperty() invited: number;
  @ApiProperty() proposed: number;
  @ApiProperty() accepted: number;
  @ApiProperty() declined: number;
  @ApiProperty() withdrawn: number;
}

export class ShowcaseDto {
  @ApiProperty() id: string;
  @ApiProperty() fairId: string;
  @ApiProperty() titleVi: string;
  @ApiProperty({ type: String, nullable: true }) titleEn: string | null;
  @ApiProperty({ type: String, nullable: true }) theme: string | null;
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty({ type: String, nullable: true }) curator: string | null;
  @ApiProperty({ example: '2026-10-10' }) startsOn: string;
  @ApiProperty({ example: '2026-10-12' }) endsOn: string;
  @ApiProperty({ type: ShowcaseEntryCountsDto }) entries: ShowcaseEntryCountsDto;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}
