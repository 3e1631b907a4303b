import { ApiProperty } from '@nestjs/swagger';

export class SkippedApplicationDto {
  @ApiProperty() applicationId: string;
  @ApiProperty({ example: 'withdrawn', description: 'its status now' }) status: string;
}

export class PublishResultDto {
  @ApiProperty() runId: string;
  @ApiProperty({ description: 'applications with booths' }) assigned: number;
  @ApiProperty({ description: 'booths given' }) booths: number;
  @ApiProperty({ type: [String], description: 'approved applications now waitlisted' })
  waitlisted: string[];
  @ApiProperty({
    type: [SkippedApplicationDto],
    description: 'applications of the draft no longer approved (e.g. withdrawn since the run)',
  })
  skipped: SkippedApplicationDto[];
  @ApiProperty({ description: 'new letters recorded; booths already announced are not sent again' })
  letters: number;
  @ApiProperty({ description: 'the fair’s allocation version after publishing' }) version: number;
}
