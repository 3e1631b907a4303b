import { REQUIRABLE_DOCUMENT_KINDS, type DocumentKind } from '@hoicho/exhibitors';
import { ApiProperty } from '@nestjs/swagger';
import { FAIR_STATUSES, FairStatus } from '../../domain';
import { FairDayDto } from './fair-day.dto';

export class FairDto {
  @ApiProperty() id: string;
  @ApiProperty() organisingBodyId: string;
  @ApiProperty() nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty() venueName: string;
  @ApiProperty() venueAddress: string;
  @ApiProperty({ example: 'Asia/Ho_Chi_Minh', description: 'time zone of days and hours' })
  timeZone: string;
  @ApiProperty({ type: [FairDayDto], description: 'sorted by date' }) days: FairDayDto[];
  @ApiProperty({ example: '2026-08-01T08:00:00+07:00' }) applicationsOpenAt: string;
  @ApiProperty({ example: '2026-09-15T17:00:00+07:00' }) applicationsCloseAt: string;
  @ApiProperty({ type: String, nullable: true, example: '2026-09-20T17:00:00+07:00' })
  withdrawalDeadline: string | null;
  @ApiProperty({ enum: FAIR_STATUSES }) status: FairStatus;
  @ApiProperty({
    enum: REQUIRABLE_DOCUMENT_KINDS,
    isArray: true,
    description: 'document kinds an applicant must hold, valid on the first day',
  })
  requiredDocumentKinds: DocumentKind[];
  @ApiProperty({ enum: FAIR_STATUSES, isArray: true, description: 'where the status may go next' })
  nextStatuses: FairStatus[];
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class FairPageDto {
  @ApiProperty({ type: [FairDto] }) items: FairDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}
