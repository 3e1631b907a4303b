import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsUUID,
  ValidateIf,
} from 'class-validator';
import { IsText, TrimNfc } from '@hoicho/platform';
import { VISITOR_SEGMENTS, type VisitorSegment } from '../../domain';

/** One change applied to many visitors of a body at once. */
export class BulkVisitorsDto {
  @ApiProperty({ type: [String], description: 'the visitors to change', maxItems: 1000 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  ids: string[];

  @ApiPropertyOptional({ type: [String], example: ['gốm'], maxItems: 50 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @TrimNfc()
  @IsText(1, 60, { each: true })
  addTags?: string[];

  @ApiPropertyOptional({ type: [String], description: 'case-insensitive', maxItems: 50 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @TrimNfc()
  @IsText(1, 60, { each: true })
  removeTags?: string[];

  @ApiPropertyOptional({
    enum: VISITOR_SEGMENTS,
    nullable: true,
    description: 'sets the segment of all; null clears it; absent leaves it',
  })
  @ValidateIf((_object, value) => value !== undefined && value !== null)
  @IsIn(VISITOR_SEGMENTS)
  segment?: VisitorSegment | null;
}

export class BulkVisitorsResultDto {
  @ApiProperty({ description: 'how many visitors were changed' }) updated: number;
}
