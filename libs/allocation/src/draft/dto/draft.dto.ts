import { UNASSIGNED_CODES, type UnassignedCode } from '../../engine';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
} from 'class-validator';
import { RunSummaryDto } from '../../runs/dto/run.dto';
import { RunWarningDto } from '../../runs/dto/run-warning.dto';

const BOOTH_CODE = /^[\p{L}\p{N}][\p{L}\p{N}._/-]{0,31}$/u;
const BOOTH_CODE_MESSAGE = 'each must be a booth code like A-01';

/** Booth codes are compared as the plan stores them: trimmed, NFC, upper-case. */
export const BoothCodes = () =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value)
      ? value.map((v) => (typeof v === 'string' ? v.normalize('NFC').trim().toUpperCase() : v))
      : value,
  );

export class MoveDto {
  @ApiProperty({ description: 'the application to place' })
  @IsUUID('all', { message: 'must be a UUID' })
  applicationId: string;

  @ApiProperty({
    type: [String],
    example: ['A-01', 'A-02'],
    description: 'its new booths (as many as it wants); [] takes it out of the draft',
  })
  @BoothCodes()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Matches(BOOTH_CODE, { each: true, message: BOOTH_CODE_MESSAGE })
  booths: string[];

  @ApiPropertyOptional({
    default: false,
    description:
      'place it even if the booths are not of an accepted type, not in one accepted zone or not ' +
      'connected, as the contract allows for pinned booths (size and double booking still count)',
  })
  @IsOptional()
  @IsBoolean()
  override?: boolean;
}

export class SwapDto {
  @ApiProperty({ type: [String], description: 'two applications that exchange their booths' })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsUUID('all', { each: true, message: 'each must be a UUID' })
  applicationIds: string[];

  @ApiPropertyOptional({ default: false, description: 'as for a move' })
  @IsOptional()
  @IsBoolean()
  override?: boolean;
}

export class NearDto {
  @ApiProperty() applicationId: string;
  @ApiProperty() producerName: string;
}

/** Whether the producer asked for a corner booth, and whether it got one. */
export class CornerFitDto {
  @ApiProperty() wanted: boolean;
  @ApiProperty() got: boolean;
}

export class DraftAssignmentDto {
  @ApiProperty() applicationId: string;
  @ApiProperty() producerId: string;
  @ApiProperty() producerName: string;
  @ApiProperty({ type: String, nullable: true }) craftVillage: string | null;
  @ApiProperty({ example: 'HC-3F2A9B10C4' }) reference: string;
  @ApiProperty({ type: [String], example: ['A-01', 'A-02'] }) booths: string[];
  @ApiProperty({ example: 'may-tre-dan' }) zone: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: '1 = first choice; null: any zone, or not chosen',
  })
  zoneChoice: number | null;
  @ApiProperty({
    type: [String],
    example: ['may-tre-dan', 'gom-su'],
    description: 'the zones the application wished, first choice first; empty: any zone',
  })
  zonesWished: string[];
  @ApiProperty({ type: CornerFitDto, example: { wanted: true, got: true } }) corner: CornerFitDto;
  @ApiProperty({ type: [NearDto] }) nearMet: NearDto[];
  @ApiProperty({ type: [NearDto] }) nearMissed: NearDto[];
  @ApiProperty({ description: 'pinned, or placed by hand' }) pinned: boolean;
  @ApiProperty({ description: 'placed by hand in this draft' }) manual: boolean;
  @ApiProperty({ description: 'placed with the override' }) override: boolean;
  @ApiProperty({
    example: 'Ở Mây tre đan, khu hồ sơ chọn thứ 1; ở góc như mong muốn.',
    description:
      'why it stands there, in the caller’s language (Accept-Language, else the saved one)',
  })
  explanation: string;
}

export class DraftUnassignedDto {
  @ApiProperty() applicationId: string;
  @ApiProperty() producerId: string;
  @ApiProperty() producerName: string;
  @ApiProperty({ type: String, nullable: true }) craftVillage: string | null;
  @ApiProperty() reference: string;
  @ApiProperty({
    example: 'không còn cặp gian liền nhau loại tieu-chuan trống ở gom-su: …',
    description: 'why, in the caller’s language (Accept-Language, else the saved one)',
  })
  reason: string;
  @ApiProperty({
    enum: UNASSIGNED_CODES,
    nullable: true,
    description: 'the reason for programs (null: a run stored before codes existed)',
  })
  code: UnassignedCode | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: {
      oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'array', items: { type: 'string' } }],
    },
    description: 'what the code’s wording names: size, types, zones, largest, taken, total…',
  })
  params: Record<string, string | number | string[]>;
  @ApiProperty() manual: boolean;
}

export class ZoneGroupDto {
  @ApiProperty({ example: 'may-tre-dan' }) zone: string;
  @ApiProperty({ example: 'Mây tre đan' }) name: string;
  @ApiProperty({ description: 'bookable booths' }) booths: number;
  @ApiProperty() taken: number;
  @ApiProperty() free: number;
  @ApiProperty({ type: [DraftAssignmentDto] }) assignments: DraftAssignmentDto[];
}

export class VillageGroupDto {
  @ApiProperty({ type: String, nullable: true, description: 'null: producers of no craft village' })
  village: string | null;
  @ApiProperty() applications: number;
  @ApiProperty() assigned: number;
  @ApiProperty() unassigned: number;
  @ApiProperty({ type: [String] }) zones: string[];
  @ApiProperty({
    description: 'connected groups their booths form: 1 = the village stands together',
  })
  blocks: number;
  @ApiProperty({ type: [DraftAssignmentDto] }) assignments: DraftAssignmentDto[];
  @ApiProperty({ type: [DraftUnassignedDto] }) unassignedApplications: DraftUnassignedDto[];
}

export class DraftDto {
  @ApiProperty() runId: string;
  @ApiProperty() fairId: string;
  @ApiProperty({ description: 'can be published now (see RunDto.current)' }) current: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: Date | null;
  @ApiProperty({ description: 'hand edits so far' }) edits: number;
  @ApiProperty() score: number;
  @ApiProperty({ type: RunSummaryDto }) summary: RunSummaryDto;
  @ApiProperty({ type: [DraftAssignmentDto] }) assignments: DraftAssignmentDto[];
  @ApiProperty({ type: [DraftUnassignedDto] }) unassigned: DraftUnassignedDto[];
  @ApiProperty({ type: [ZoneGroupDto] }) byZone: ZoneGroupDto[];
  @ApiProperty({ type: [VillageGroupDto] }) byVillage: VillageGroupDto[];
  @ApiProperty({ type: [RunWarningDto] }) warnings: RunWarningDto[];
}
