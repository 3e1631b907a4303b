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
