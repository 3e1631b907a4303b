import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export const IMPORT_MODES = ['replace', 'append'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export class PlanImportQueryDto {
  @ApiPropertyOptional({
    enum: IMPORT_MODES,
    default: 'replace',
    description:
      'replace: the file becomes the whole plan; append: its booths are added to the plan ' +
      '(codes must be new; neighbours may only name booths of the file)',
  })
  @IsOptional()
  @IsIn(IMPORT_MODES, { message: `must be one of ${IMPORT_MODES.join(', ')}` })
  mode?: ImportMode;
}

/** What a grid or an import did to the plan. */
export class PlanChangeDto {
  @ApiProperty({ description: 'booths added' }) created: number;
  @ApiProperty({ description: 'booths removed first (import in replace mode)' }) removed: number;
  @ApiProperty({ description: 'booths in the plan now' }) total: number;
  @ApiProperty({ type: [String], example: ['A-01', 'A-02'] }) codes: string[];
}

/** One booth of a JSON plan import (documentation of the body the import parses itself). */
export class PlanImportBoothDto {
  @ApiProperty({ example: 'A-01' }) code: string;
  @ApiProperty({ example: 'may-tre-dan', description: 'zone code' }) zone: string;
  @ApiProperty({ example: 'standard', description: 'booth type code' }) type: string;
  @ApiProperty({ example: 0 }) x: number;
  @ApiProperty({ example: 0 }) y: number;
  @ApiProperty({ example: 3 }) width: number;
  @ApiProperty({ example: 3 }) height: number;
  @ApiPropertyOptional() corner?: boolean;
  @ApiPropertyOptional() blocked?: boolean;
  @ApiPropertyOptional({ type: [String], example: ['A-02'] }) neighbours?: string[];
}

export class PlanImportJsonDto {
  @ApiProperty({ type: [PlanImportBoothDto] }) booths: PlanImportBoothDto[];
}
