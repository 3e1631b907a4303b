import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateIf } from 'class-validator';
import { IsMoney, IsText, PageQueryDto, TrimNfc } from '@hoicho/platform';
import { ShowcaseDto } from '../../showcases/dto/showcase.dto';
import { CustodyStatus, SampleCondition } from '../../domain';
import { ENTRY_STATUSES, EntryStatus } from '../showcase-sample.entity';
import { CustodyStepName } from '../sample-custody-event.entity';

export const CUSTODY_STATUSES: CustodyStatus[] = [
  'requested',
  'received',
  'on_display',
  'returned',
  'sold',
  'damaged',
  'lost',
  'cancelled',
];
const CONDITIONS: SampleCondition[] = ['good', 'minor_defects', 'damaged'];
const STEPS = [
  'receive',
  'display',
  'return',
  'sell',
  'mark_damaged',
  'mark_lost',
  'cancel',
] as const;
type Step = (typeof STEPS)[number];

class SampleTermsDto {
  @ApiProperty({ example: 2, minimum: 1, maximum: 10000, description: 'pieces lent' })
  @IsInt()
  @Min(1)
  @Max(10000)
  quantity: number;

  @ApiProperty({ example: '2500000', description: 'declared value of the pieces, đồng' })
  @IsMoney()
  declaredValue: string;

  @ApiPropertyOptional({ example: 'Xin 2 chiếc chao đèn cỡ lớn', maxLength: 1000 })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 1000, { multiline: true })
  note?: string;
}

/** Organisers invite a producer's product into a showcase. */
export class InviteSampleDto extends SampleTermsDto {
  @ApiProperty() @IsUUID() producerId: string;
  @ApiProperty() @IsUUID() productId: string;
}

/** A producer proposes one of its own products. */
export class ProposeSampleDto extends SampleTermsDto {
  @ApiProperty() @IsUUID() productId: string;
}

export class AcceptEntryDto {
  @ApiPropertyOptional({
    example: 'MT-007',
    description:
      'organisers only: the label code (1–20 of A–Z, 0–9, -), unique in the fair; by default the next S-0001…',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  )
  @Matches(/^[A-Z0-9][A-Z0-9-]{0,19}$/, {
    message: 'must be 1–20 letters, digits or dashes, e.g. MT-007',
  })
  labelCode?: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 1000, { multiline: true })
  note?: string;
}

export class DeclineEntryDto {
  @ApiPropertyOptional({ maxLength: 1000, example: 'Không còn hàng mẫu' })
  @IsOptional()
  @TrimNfc()
  @IsText(1, 1000, { multiline: true })
  note?: string;
}

const when = (...steps: Step[]) => ValidateIf((dto: CustodyStepDto) => steps.includes(dto.step));

/**
 * One custody step. Each step names what it needs: receive → by and condition (photoRef,
 * note optional); display → location; return → signedOffBy; mark_damaged / mark_lost → note;
 * cancel (a requested sample that never arrived) → note saying why.
 */
export class CustodyStepDto {
  @ApiProperty({ enum: STEPS }) @IsIn(STEPS) step: Step;

  @ApiPropertyOptional({
    example: 'Trần Thị Bình (kho BTC)',
    description: 'receive: who took it in',
  })
  @when('receive')
  @TrimNfc()
  @IsText(1, 120)
  by?: string;

  @ApiPropertyOptional({ enum: CONDITIONS, description: 'receive' })
  @when('receive')
  @IsIn(CONDITIONS)
  condition?: SampleCondition;

  @ApiPropertyOptional({
    example: 'IMG_2041.jpg',
    description: 'receive: reference of the photo taken at intake',
  })
  @ValidateIf((dto: CustodyStepDto) => dto.step === 'receive' && dto.photoRef !== undefined)
  @TrimNfc()
  @IsText(1, 200)
  photoRef?: string;

  @ApiPropertyOptional({ example: 'Kệ 3, sảnh A', description: 'display: where it stands' })
  @when('display')
  @TrimNfc()
  @IsText(1, 200)
  location?: string;

  @ApiPropertyOptional({ example: 'Nguyễn Văn An (HTX)', description: 'return: who signed it off' })
  @when('return')
  @TrimNfc()
  @IsText(1, 120)
  signedOffBy?: string;

  @ApiPropertyOptional({
    maxLength: 1000,
    description:
      'mark_damaged, mark_lost: what happened (required); cancel: why the requested sample never arrived (required); receive, sell: optional',
  })
  @ValidateIf(
    (dto: CustodyStepDto) =>
      dto.step === 'mark_damaged' ||
      dto.step === 'mark_lost' ||
      dto.step === 'cancel' ||
      ((dto.step === 'receive' || dto.step === 'sell') && dto.note !== undefined),
  )
  @TrimNfc()
  @IsText(1, 1000, { multiline: true })
  note?: string;
}

export class NamedRefDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class SampleProductDto {
  @ApiProperty() id: string;
  @ApiProperty() nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
}

export class CustodyEventDto {
  @ApiProperty({ example: '1' }) seq: string;
  @ApiProperty({ enum: ['request', ...STEPS] }) step: CustodyStepName;
  @ApiProperty({ nullable: true, enum: CUSTODY_STATUSES }) from: CustodyStatus | null;
  @ApiProperty({ enum: CUSTODY_STATUSES }) to: CustodyStatus;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { by: 'Trần Thị Bình', condition: 'good' },
    description: 'the step’s facts: by, condition, photoRef, location, signedOffBy, note',
  })
  details: Record<string, string>;
  @ApiProperty({ type: NamedRefDto }) actor: NamedRefDto;
  @ApiProperty() at: Date;
}

export class SampleDto {
  @ApiProperty() id: string;
  @ApiProperty() fairId: string;
  @ApiProperty() showcaseId: string;
  @ApiProperty({ type: NamedRefDto }) producer: NamedRefDto;
  @ApiProperty({ type: SampleProductDto }) product: SampleProductDto;
  @ApiProperty({ enum: ['invited', 'proposed'] }) origin: 'invited' | 'proposed';
  @ApiProperty({ enum: ENTRY_STATUSES }) entryStatus: EntryStatus;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionNote: string | null;
  @ApiProperty() quantity: number;
  @ApiProperty({ example: '2500000', description: 'đồng' }) declaredValue: string;
  @ApiProperty({ type: String, nullable: true, example: 'S-0001' }) labelCode: string | null;
  @ApiProperty({ nullable: true, enum: CUSTODY_STATUSES }) custodyStatus: CustodyStatus | null;
  @ApiProperty({ type: String, nullable: true }) displayLocation: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiPropertyOptional({ type: [CustodyEventDto], description: 'one sample: its whole trail' })
  trail?: CustodyEventDto[];
}

export class ShowcaseWithSamplesDto extends ShowcaseDto {
  @ApiProperty({ type: [SampleDto], description: 'producers see only their own entries' })
  samples: SampleDto[];
}

export class SampleQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ENTRY_STATUSES })
  @IsOptional()
  @IsIn(ENTRY_STATUSES)
  entryStatus?: EntryStatus;
}

export class ProducerSampleQueryDto extends SampleQueryDto {
  @ApiPropertyOptional({ enum: CUSTODY_STATUSES, description: 'accepted samples in this state' })
  @IsOptional()
  @IsIn(CUSTODY_STATUSES)
  custodyStatus?: CustodyStatus;
}

export class SampleShowcaseDto {
  @ApiProperty() id: string;
  @ApiProperty() titleVi: string;
  @ApiProperty({ type: String, nullable: true }) titleEn: string | null;
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty({ example: '2026-10-10', description: 'Hà Nội calendar day' }) startsOn: string;
  @ApiProperty({ example: '2026-10-13' }) endsOn: string;
}

/** A producer's entry with its showcase, and since when it stands where it is. */
export class ProducerSampleDto extends SampleDto {
  @ApiProperty({ type: SampleShowcaseDto }) showcase: SampleShowcaseDto;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'when the sample reached its custody status (null for an entry not accepted)',
  })
  statusSince: Date | null;
}

export class ProducerSamplePageDto {
  @ApiProperty({ type: [ProducerSampleDto] }) items: ProducerSampleDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

export class UnreturnedSampleDto {
  @ApiProperty() sampleId: string;
  @ApiProperty({ example: 'S-0001' }) labelCode: string;
  @ApiProperty({ type: NamedRefDto, description: 'name: the showcase’s Vietnamese title' })
  showcase: NamedRefDto;
  @ApiProperty({ type: NamedRefDto }) producer: NamedRefDto;
  @ApiProperty({ type: SampleProductDto }) product: SampleProductDto;
  @ApiProperty() quantity: number;
  @ApiProperty({ example: '2500000' }) declaredValue: string;
  @ApiProperty({ enum: ['received', 'on_display'] }) custodyStatus: CustodyStatus;
  @ApiProperty({ type: String, nullable: true }) displayLocation: string | null;
  @ApiProperty({ description: 'when the last custody step was recorded' }) since: Date;
}

export class UnreturnedReportDto {
  @ApiProperty() fairId: string;
  @ApiProperty({ example: 'closed' }) fairStatus: string;
  @ApiProperty({ description: 'samples still in the organisers’ hands' }) total: number;
  @ApiProperty({ example: '5000000', description: 'sum of their declared values, đồng' })
  declaredValue: string;
  @ApiProperty({ type: [UnreturnedSampleDto] }) items: UnreturnedSampleDto[];
}
