import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { IsText, TrimNfc } from '@hoicho/platform';

const SCAN_RESULTS = [
  'admitted',
  'already_admitted',
  'not_valid_today',
  'revoked',
  'wrong_fair',
  'invalid',
];

export class ScanDto {
  @ApiProperty({ description: 'the code the QR holds, or as typed (HC1.…)', maxLength: 400 })
  @IsString()
  @Length(1, 400)
  code: string;

  @ApiProperty({ example: 'Cổng A', maxLength: 40 })
  @TrimNfc()
  @IsText(1, 40)
  gate: string;

  @ApiPropertyOptional({
    description: 'the device’s id for this scan: a repeated upload returns the first answer',
    example: 'gate-a-ipad-2-000123',
  })
  @IsOptional()
  @IsString()
  @Length(8, 100)
  @Matches(/^[\w.:-]+$/, { message: 'may hold letters, digits and . _ : - only' })
  nonce?: string;

  @ApiPropertyOptional({ description: 'when the device scanned it (offline scans); default now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  scannedAt?: string;
}

/** A scan a device made offline: nonce and time are required (no inheritance from ScanDto, whose
 * optional nonce would make class-validator skip the field). */
export class OfflineScanDto {
  @ApiProperty({ description: 'the code the QR holds, or as typed (HC1.…)', maxLength: 400 })
  @IsString()
  @Length(1, 400)
  code: string;

  @ApiProperty({ example: 'Cổng A', maxLength: 40 })
  @TrimNfc()
  @IsText(1, 40)
  gate: string;

  @ApiProperty({ description: 'the device’s id for this scan: how repeats are recognised' })
  @IsString()
  @Length(8, 100)
  @Matches(/^[\w.:-]+$/, { message: 'may hold letters, digits and . _ : - only' })
  nonce: string;

  @ApiProperty({ description: 'when the device scanned it' })
  @IsISO8601({ strict: true })
  scannedAt: string;

  @ApiPropertyOptional({
    enum: SCAN_RESULTS,
    description:
      'what the device answered offline: an admission the server finds already made that day is a conflict',
  })
  @IsOptional()
  @IsIn(SCAN_RESULTS)
  deviceResult?: string;
}

export class OfflineUploadDto {
  @ApiProperty({ type: [OfflineScanDto], maxItems: 500 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => OfflineScanDto)
  scans: OfflineScanDto[];
}

export class RevokeTicketDto {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 500)
  reason?: string;
}

export class CheckInResultDto {
  @ApiProperty({ enum: SCAN_RESULTS })
  result: string;
  @ApiProperty({ description: 'the line for the gate screen, in the operator’s language' })
  message: string;
  @ApiPropertyOptional() ticketId?: string;
  @ApiPropertyOptional({ description: 'holder’s initials (admitted)' }) initials?: string;
  @ApiPropertyOptional({ description: 'guests coming in with the holder (admitted)' })
  guests?: number;
  @ApiPropertyOptional({ description: 'when it was admitted (already_admitted)' })
  admittedAt?: string;
  @ApiPropertyOptional({ description: 'at which gate (already_admitted)' }) gate?: string;
  @ApiPropertyOptional({
    description: 'the fair day it admits on (admitted) or was used on (already_admitted)',
    example: '2027-10-11',
  })
  day?: string;
  @ApiPropertyOptional({
    type: [String],
    description: 'the fair’s days, when the ticket is not valid today',
  })
  days?: string[];
  @ApiPropertyOptional({
    enum: ['malformed', 'bad_signature', 'expired', 'unknown_ticket'],
    description: 'why a code is invalid',
  })
  reason?: string;
  @ApiProperty({ description: 'true when this nonce was uploaded before: the first answer' })
  duplicate: boolean;
  @ApiPropertyOptional({
    description:
      'true when the device admitted offline a ticket another gate had admitted that day first',
  })
  conflict?: boolean;
}

export class OfflineUploadResultDto {
  @ApiProperty({ type: [CheckInResultDto] }) results: CheckInResultDto[];
}

class GateCountDto {
  @ApiProperty() gate: string;
  @ApiProperty() admitted: number;
  @ApiProperty() guests: number;
}

class DayCountDto {
  @ApiProperty({ example: '2027-10-11' }) day: string;
  @ApiProperty() gate: string;
  @ApiProperty() admitted: number;
  @ApiProperty() guests: number;
}

class HourCountDto {
  @ApiProperty({ example: '2027-10-10T09:00+07:00' }) hour: string;
  @ApiProperty() gate: string;
  @ApiProperty() admitted: number;
}

export class CheckInStatsDto {
  @ApiProperty() fairId: string;
  @ApiProperty() admitted: number;
  @ApiProperty({ description: 'guests admitted with ticket holders' }) guests: number;
  @ApiProperty({ type: [GateCountDto] }) byGate: GateCountDto[];
  @ApiProperty({ type: [DayCountDto], description: 'per fair day and gate' })
  byDay: DayCountDto[];
  @ApiProperty({ type: [HourCountDto], description: 'per Hà Nội hour and gate' })
  byHour: HourCountDto[];
  @ApiProperty({ description: 'offline admissions that met an earlier one on upload' })
  conflicts: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'scans per result, including refusals',
  })
  scans: Record<string, number>;
}

export class TicketKeyDto {
  @ApiProperty() fairId: string;
  @ApiProperty({ example: 'Ed25519' }) algorithm: string;
  @ApiProperty({ description: 'raw 32-byte public key, base64url (WebCrypto importKey "raw")' })
  publicKey: string;
  @ApiProperty({ example: 'HC1.' }) codePrefix: string;
  @ApiProperty({
    description:
      'code = prefix + base64url(payload ‖ 64-byte signature); the signature covers prefix + payload; payload = fair id (16) ‖ ticket id (16) ‖ expiry uint32 BE ‖ initials length (1) ‖ initials ASCII',
  })
  format: string;
}

export class RevokedTicketsDto {
  @ApiProperty() fairId: string;
  @ApiProperty({ type: [String] }) ticketIds: string[];
}

export class TicketDto {
  @ApiProperty() id: string;
  @ApiProperty() fairId: string;
  @ApiProperty() invitationId: string;
  @ApiProperty() initials: string;
  @ApiProperty() guests: number;
  @ApiProperty({ enum: ['active', 'revoked'] }) status: string;
  @ApiProperty() expiresAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) revokedReason: string | null;
}
