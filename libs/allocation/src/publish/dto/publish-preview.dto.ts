import { ApiProperty } from '@nestjs/swagger';

/** One booths letter rendered exactly as a publication would send it. */
export class BoothsLetterPreviewDto {
  @ApiProperty() applicationId: string;
  @ApiProperty({ example: 'HTX Mây tre đan Phú Vinh' }) producerName: string;
  @ApiProperty({ example: 'htx@phuvinh.vn' }) to: string;
  @ApiProperty({ enum: ['vi', 'en'] }) locale: 'vi' | 'en';
  @ApiProperty() subject: string;
  @ApiProperty({ description: 'inline images (the VietQR code) as data: URIs' }) html: string;
  @ApiProperty() text: string;
}

/** What publishing this draft would do, before the organiser confirms it. Nothing is written. */
export class PublishPreviewDto {
  @ApiProperty() runId: string;
  @ApiProperty({ description: 'the draft can be published now (else 409 allocation_stale)' })
  current: boolean;
  @ApiProperty({ description: 'approved applications that would get booths' }) assigned: number;
  @ApiProperty({ description: 'approved applications left without booths: waitlisted' })
  waitlisted: number;
  @ApiProperty({ description: 'approvals still staged: publication is refused until released' })
  unreleased: number;
  @ApiProperty({ description: 'letters at most (booths already announced are not sent again)' })
  letters: number;
  @ApiProperty({
    type: BoothsLetterPreviewDto,
    nullable: true,
    description: 'the first booths letter',
  })
  sample: BoothsLetterPreviewDto | null;
}
