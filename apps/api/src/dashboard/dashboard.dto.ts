import { ApiProperty } from '@nestjs/swagger';
import { SupportProgrammeDto } from '@hoicho/fairs';

/** One fair's figures on the dashboard. */
export class DashboardFairDto {
  @ApiProperty() fairId: string;
  @ApiProperty({ description: 'applications submitted with no decision staged' }) waiting: number;
  @ApiProperty({ description: 'decisions staged, not released' }) staged: number;
  @ApiProperty({ description: 'samples received or on display' }) unreturned: number;
  @ApiProperty({ example: '5000000', description: 'their declared value, đồng' })
  unreturnedValue: string;
  @ApiProperty({ type: [SupportProgrammeDto], description: 'with budget used and remaining' })
  programmes: SupportProgrammeDto[];
}

export class DashboardDto {
  @ApiProperty({
    type: [DashboardFairDto],
    description:
      'the body’s fairs still in play (open to running, closed for samples), newest first',
  })
  fairs: DashboardFairDto[];
}
