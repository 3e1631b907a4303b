import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { RUN_STATUSES, RunStatus } from '../allocation-run.entity';
import { RunWarningDto } from './run-warning.dto';

export class StartRunDto {
  @ApiPropertyOptional({
    default: false,
    description:
      'Let the engine move published assignments too (only while the fair is allocating). ' +
      'Booths pinned or placed by hand stay where they are either way.',
  })
  @IsOptional()
  @IsBoolean()
  reshuffle?: boolean;
}

export class RunSummaryDto {
  @ApiProperty({ description: 'approved applications allocated' }) requests: number;
  @ApiProperty({ description: 'bookable booths' }) booths: number;
  @ApiProperty() assigned: number;
  @ApiProperty() unassigned: number;
  @ApiProperty({ description: 'requests with pinned booths (by hand, or published)' })
  pinned: number;
  @ApiProperty({ description: 'the contract’s score of the current draft' }) score: number;
  @ApiProperty({ description: 'time the engine took' }) millis: number;
}

export class RunDto {
  @ApiProperty() id: string;
  @ApiProperty() fairId: string;
  @ApiProperty({ enum: RUN_STATUSES }) status: RunStatus;
  @ApiProperty({ minimum: 0, maximum: 100 }) progress: number;
  @ApiProperty() reshuffle: boolean;
  @ApiProperty({ type: RunSummaryDto, nullable: true }) summary: RunSummaryDto | null;
  @ApiProperty({ type: [RunWarningDto], description: 'pins that could not be honoured, and why' })
  warnings: RunWarningDto[];
  @ApiProperty({ type: String, nullable: true, description: 'why the run failed' }) failure:
    string | null;
  @ApiProperty({
    description:
      'the draft can be published: it was computed from the published assignments as they are ' +
      'now (or it is what was last published)',
  })
  current: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: Date | null;
}
