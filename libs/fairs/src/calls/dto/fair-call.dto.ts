import { ApiProperty } from '@nestjs/swagger';
import { FAIR_STATUSES, FairStatus } from '../../domain';
import { FairDayDto } from '../../fairs/dto/fair-day.dto';

const MONEY = 'integer đồng as a string of digits';

export class CallBoothTypeDto {
  @ApiProperty({ example: 'tieu-chuan' }) code: string;
  @ApiProperty({ example: 'Gian tiêu chuẩn' }) nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ example: 3 }) widthM: number;
  @ApiProperty({ example: 3 }) depthM: number;
  @ApiProperty({ example: '12000000', description: MONEY }) price: string;
}

export class CallProgrammeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Hỗ trợ khuyến công 2026' }) nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ example: 50, description: 'percent of the booth fee' }) ratePercent: number;
  @ApiProperty({ type: Number, nullable: true, example: 2 }) maxBoothsPerProducer: number | null;
  @ApiProperty({ type: String, nullable: true, description: MONEY }) capPerBooth: string | null;
  @ApiProperty({ type: String, nullable: true, description: MONEY }) capPerProducer: string | null;
  @ApiProperty() requireRecognisedCraftVillage: boolean;
  @ApiProperty({ type: Number, nullable: true, example: 3 }) minOcopStars: number | null;
}

/** A fair's call for applications: what a producer needs to decide whether to apply. */
export class FairCallDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty() venueName: string;
  @ApiProperty() venueAddress: string;
  @ApiProperty({ type: [FairDayDto], description: 'opening days in Hà Nội time, by date' })
  days: FairDayDto[];
  @ApiProperty({ example: '2026-08-01T08:00:00+07:00' }) applicationsOpenAt: string;
  @ApiProperty({ example: '2026-09-15T17:00:00+07:00', description: 'the deadline' })
  applicationsCloseAt: string;
  @ApiProperty({ enum: FAIR_STATUSES }) status: FairStatus;
  @ApiProperty({ description: 'open now: the fair is open and the window has begun and not ended' })
  acceptingApplications: boolean;
  @ApiProperty({ type: [CallBoothTypeDto], description: 'cheapest first' })
  boothTypes: CallBoothTypeDto[];
  @ApiProperty({ type: [CallProgrammeDto] }) supportProgrammes: CallProgrammeDto[];
}
