import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { MAX_EARLY_ENTRY_MINUTES } from '../../domain';

export class UpdateGateSettingsDto {
  @ApiProperty({
    description: 'minutes before each day’s opening that the gates start admitting',
    minimum: 0,
    maximum: MAX_EARLY_ENTRY_MINUTES,
    example: 30,
  })
  @IsInt()
  @Min(0)
  @Max(MAX_EARLY_ENTRY_MINUTES)
  earlyEntryMinutes: number;
}

export class GateDayDto {
  @ApiProperty({ example: '2027-10-11', description: 'Hà Nội date' }) date: string;
  @ApiProperty({ example: '08:00' }) opens: string;
  @ApiProperty({ example: '21:00' }) closes: string;
  @ApiProperty({
    description: 'when the gates start admitting that day (opening less early entry)',
  })
  entryFrom: string;
}

export class GateSettingsDto {
  @ApiProperty() fairId: string;
  @ApiProperty() earlyEntryMinutes: number;
  @ApiProperty({ type: [GateDayDto] }) days: GateDayDto[];
}

class TicketGuestsDto {
  @ApiProperty() ticketId: string;
  @ApiProperty() guests: number;
}

class DayAdmissionDto {
  @ApiProperty() ticketId: string;
  @ApiProperty() gate: string;
  @ApiProperty({ type: String, format: 'date-time' }) admittedAt: Date;
}

/** Everything a gate device keeps to decide scans offline. */
export class GateKitDto extends GateSettingsDto {
  @ApiProperty() fairName: string;
  @ApiProperty({ description: 'raw 32-byte Ed25519 public key, base64url' }) publicKey: string;
  @ApiProperty({ example: 'HC1.' }) codePrefix: string;
  @ApiProperty({ type: [String] }) revokedTicketIds: string[];
  @ApiProperty({ type: [TicketGuestsDto], description: 'active tickets that bring guests' })
  guests: TicketGuestsDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'the fair day whose gate window is open now',
  })
  today: string | null;
  @ApiProperty({ type: [DayAdmissionDto], description: 'admissions made today so far' })
  admittedToday: DayAdmissionDto[];
  @ApiProperty({ type: String, format: 'date-time' }) serverTime: Date;
}

export class GateConflictDto {
  @ApiProperty() ticketId: string;
  @ApiProperty({ example: '2027-10-11' }) day: string;
  @ApiProperty({ description: 'the gate whose admission counts (the first recorded)' })
  admittedGate: string;
  @ApiProperty() admittedAt: string;
  @ApiProperty({ description: 'the gate that admitted it again offline' }) conflictGate: string;
  @ApiProperty({ type: String, format: 'date-time' }) conflictAt: Date;
}

export class GateConflictsDto {
  @ApiProperty() fairId: string;
  @ApiProperty({ type: [GateConflictDto] }) items: GateConflictDto[];
}
