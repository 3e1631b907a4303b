import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Transform } from 'class-transformer';
import { resolveCountry, VISITOR_LANGUAGES, type VisitorLanguage } from '../../domain';
import { IsVisitorEmail } from '../../common/validation';
import { IsText, TrimNfc } from '@hoicho/platform';
import { GateDayDto } from '../../check-in/dto/gate.dto';

export class AnswerDto {
  @ApiProperty({ enum: ['accept', 'decline'] })
  @IsIn(['accept', 'decline'])
  answer: 'accept' | 'decline';

  @ApiPropertyOptional({ minimum: 0, default: 0, description: 'guests coming along (if allowed)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(20)
  guests?: number;
}

export class RegistrationDto {
  @ApiProperty({ example: 'Trần Minh Đức', maxLength: 200 })
  @TrimNfc()
  @IsText(1, 200)
  name: string;

  @ApiProperty({ example: 'duc.tran@example.vn' })
  @IsVisitorEmail()
  email: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 300)
  organisation?: string;

  @ApiPropertyOptional({ maxLength: 40 })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 40)
  phone?: string;

  @ApiPropertyOptional({ example: 'VN' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? (resolveCountry(value) ?? value) : value,
  )
  @IsText(2, 2)
  country?: string;

  @ApiPropertyOptional({ enum: VISITOR_LANGUAGES })
  @IsOptional()
  @IsIn(VISITOR_LANGUAGES)
  language?: VisitorLanguage;

  @ApiPropertyOptional({ minimum: 0, maximum: 5, default: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(5)
  guests?: number;

  @ApiPropertyOptional({ description: 'also receive invitations to later fairs' })
  @IsOptional()
  @IsBoolean()
  consent?: boolean;
}

export class RegistrationResultDto {
  @ApiProperty({ example: 'registered' }) status: string;
  @ApiProperty() message: string;
}

class FairDayViewDto {
  @ApiProperty({ example: '2027-10-10' }) date: string;
  @ApiProperty({ example: '08:00' }) opens: string;
  @ApiProperty({ example: '21:00' }) closes: string;
}

class InvitationFairDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() venueName: string;
  @ApiProperty() venueAddress: string;
  @ApiProperty() mapUrl: string;
  @ApiProperty({ type: [FairDayViewDto] }) days: FairDayViewDto[];
}

class InvitationTicketDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'the signed code the QR holds (HC1.…)' }) code: string;
  @ApiProperty({ description: 'the QR as SVG markup' }) qrSvg: string;
  @ApiProperty({
    type: [GateDayDto],
    description: 'the days the ticket admits on, once each, from entryFrom until closing',
  })
  days: GateDayDto[];
}

export class InvitationViewDto {
  @ApiProperty() invitationId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: VISITOR_LANGUAGES }) language: string;
  @ApiProperty({ type: InvitationFairDto }) fair: InvitationFairDto;
  @ApiProperty({ enum: ['pending', 'accepted', 'declined'] }) rsvpStatus: string;
  @ApiProperty() guests: number;
  @ApiProperty() maxGuests: number;
  @ApiProperty({ description: 'whether an answer can still be given or changed now' })
  canAnswer: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt: Date | null;
  @ApiProperty({ type: InvitationTicketDto, nullable: true }) ticket: InvitationTicketDto | null;
}
