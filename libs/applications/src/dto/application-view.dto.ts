import { REQUIRABLE_DOCUMENT_KINDS, type DocumentKind } from '@hoicho/exhibitors';
import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { LEGAL_FORMS, LegalForm } from '@hoicho/exhibitors';
import {
  APPLICATION_EVENTS,
  APPLICATION_STATUSES,
  ApplicationDecision,
  ApplicationEvent,
  ApplicationStatus,
} from '../domain';
import { APPLICATION_LOG_EVENTS, ApplicationLogEvent } from '../entities/application-event.entity';

const MONEY = 'integer đồng as a string of digits';

export class ApplicationNeedsViewDto {
  @ApiProperty() power: boolean;
  @ApiProperty() water: boolean;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}

export class FeeLineDto {
  @ApiProperty({ example: 'tieu-chuan' }) boothType: string;
  @ApiProperty({ example: '12000000', description: MONEY }) unitPrice: string;
  @ApiProperty({ example: 2 }) count: number;
}

export class UnmetConditionDto {
  @ApiProperty({ example: 'ocop_missing' }) code: string;
  @ApiProperty() message: string;
}

/** The money of an approval, worked out when it is decided; all amounts in đồng. */
export class FeeDto {
  @ApiProperty({ type: [FeeLineDto] }) lines: FeeLineDto[];
  @ApiProperty({ example: '24000000', description: MONEY }) fee: string;
  @ApiProperty({ example: '12000000', description: `support granted; ${MONEY}` })
  subsidy: string;
  @ApiProperty({ example: '12000000', description: MONEY }) amountDue: string;
  @ApiProperty({ example: 50 }) depositPercent: number;
  @ApiProperty({ example: '6000000', description: `due on approval; ${MONEY}` }) deposit: string;
  @ApiProperty({ example: '6000000', description: MONEY }) balance: string;
  @ApiProperty({ example: '0', description: MONEY }) amountPaid: string;
  @ApiProperty({ enum: ['unpaid', 'deposit_paid', 'paid'] }) paymentStatus:
    'unpaid' | 'deposit_paid' | 'paid';
  @ApiProperty({ type: String, nullable: true, example: 'Hỗ trợ khuyến công 2026' }) programme:
    string | null;
  @ApiProperty({ type: [UnmetConditionDto], description: 'why no support was granted' })
  unmet: UnmetConditionDto[];
}

/** The fair as the producer's application page names it, so it shows after one request. */
export class ApplicationFairDto {
  @ApiProperty({ example: 'Hội chợ Làng nghề Hà Nội 2026' }) nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-09-20T17:00:00+07:00' })
  withdrawalDeadline: string | null;
}

/** What the producer sees: its wishes, what it has been told, never a staged decision. */
export class ApplicationDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'HC-3F2A9B10C4', description: 'quote it in bank transfers' })
  reference: string;
  @ApiProperty() fairId: string;
  @ApiProperty({ type: ApplicationFairDto }) fair: ApplicationFairDto;
  @ApiProperty() producerId: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: ApplicationStatus;
  @ApiProperty({ type: String, nullable: true, description: 'released with a rejection' })
  decisionReason: string | null;
  @ApiProperty({ example: 2 }) boothsWanted: number;
  @ApiProperty({ type: [String], example: ['tieu-chuan'] }) boothTypes: string[];
  @ApiProperty({ type: [String], example: ['may-tre-dan', 'gom-su'] }) zones: string[];
  @ApiProperty() wantsCorner: boolean;
  @ApiProperty({ type: [String] }) nearProducerIds: string[];
  @ApiProperty({ type: [String] }) productIds: string[];
  @ApiProperty({ type: ApplicationNeedsViewDto }) needs: ApplicationNeedsViewDto;
  @ApiProperty({ type: String, nullable: true }) supportProgrammeId: string | null;
  @ApiProperty({
    type: FeeDto,
    nullable: true,
    description: 'producers: once an approval is released; organisers: once it is staged',
  })
  fee: FeeDto | null;
  @ApiProperty({ enum: APPLICATION_EVENTS, isArray: true, example: ['submit', 'withdraw'] })
  allowedActions: ApplicationEvent[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) releasedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) withdrawnAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class PriorityPointsDto {
  @ApiProperty() craftVillage: number;
  @ApiProperty() ocop: number;
  @ApiProperty() firstParticipation: number;
  @ApiProperty() earlySubmission: number;
}

export class PriorityDto {
  @ApiProperty({ example: 5, minimum: 1, maximum: 5, description: 'what allocation uses' })
  priority: number;
  @ApiProperty({ example: 4 }) computedPriority: number;
  @ApiProperty({ example: 19 }) score: number;
  @ApiProperty({ type: PriorityPointsDto }) points: PriorityPointsDto;
  @ApiProperty() overridden: boolean;
  @ApiProperty({ type: String, nullable: true }) overrideReason: string | null;
  @ApiProperty({ type: String, nullable: true }) overriddenBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) overriddenAt: Date | null;
}

export class ProducerSnapshotDto {
  @ApiProperty({ example: 'HTX Mây tre đan Phú Vinh' }) name: string;
  @ApiProperty({ enum: LEGAL_FORMS, nullable: true }) legalForm: LegalForm | null;
  @ApiProperty({ type: String, nullable: true, example: 'Phú Vinh' }) craftVillage: string | null;
  @ApiProperty() craftVillageRecognised: boolean;
  @ApiProperty({ type: String, nullable: true, example: 'mây tre đan' }) craft: string | null;
  @ApiProperty({ example: 4, description: 'best OCOP rating valid on the fair’s first day' })
  ocopStars: number;
  @ApiProperty() firstParticipation: boolean;
}

/** What the organiser sees: everything, including the staged decision and the priority. */
export class ReviewApplicationDto extends OmitType(ApplicationDto, ['fair'] as const) {
  @ApiProperty({ enum: ['approved', 'rejected', 'waitlisted'], nullable: true })
  pendingDecision: ApplicationDecision | null;
  @ApiProperty({ type: String, nullable: true }) pendingReason: string | null;
  @ApiProperty({
    enum: APPLICATION_STATUSES,
    description: 'the staged decision if there is one, else the status',
  })
  reviewStatus: ApplicationStatus;
  @ApiProperty({ type: ProducerSnapshotDto }) producer: ProducerSnapshotDto;
  @ApiProperty({ type: PriorityDto, nullable: true, description: 'null for a draft' })
  priority: PriorityDto | null;
  @ApiProperty({ example: '12000000', description: 'đồng taken from the programme’s budget' })
  grantHeld: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: Date | null;
}

export class ReviewApplicationPageDto {
  @ApiProperty({ type: [ReviewApplicationDto] }) items: ReviewApplicationDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

export class ApplicationEventDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: APPLICATION_LOG_EVENTS }) event: ApplicationLogEvent;
  @ApiProperty({ enum: APPLICATION_STATUSES, nullable: true }) fromStatus: ApplicationStatus | null;
  @ApiProperty({ enum: ['approved', 'rejected', 'waitlisted'], nullable: true })
  fromPending: ApplicationDecision | null;
  @ApiProperty({ enum: APPLICATION_STATUSES }) toStatus: ApplicationStatus;
  @ApiProperty({ enum: ['approved', 'rejected', 'waitlisted'], nullable: true })
  toPending: ApplicationDecision | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: Record<string, unknown>;
  @ApiProperty() actorId: string;
  @ApiProperty({ type: String, nullable: true, example: 'Lê Minh Châu' }) actorName: string | null;
  @ApiProperty() occurredAt: Date;
}

export class DecisionResultDto {
  @ApiProperty({ type: [ReviewApplicationDto] }) items: ReviewApplicationDto[];
}

export class ReleaseResultDto {
  @ApiProperty({ example: 12, description: 'decisions released now (0 when nothing was staged)' })
  released: number;
  @ApiProperty({ type: [String] }) applicationIds: string[];
  @ApiProperty({ example: 12, description: 'letters recorded in the outbox' }) letters: number;
}

/** One decision letter rendered as it would be sent, before the release. */
export class DecisionLetterPreviewDto {
  @ApiProperty({ enum: ['approved', 'rejected', 'waitlisted'] }) decision: ApplicationDecision;
  @ApiProperty() applicationId: string;
  @ApiProperty({ example: 'HTX Mây tre đan Phú Vinh' }) producerName: string;
  @ApiProperty({ example: 'htx@phuvinh.vn' }) to: string;
  @ApiProperty({ enum: ['vi', 'en'] }) locale: 'vi' | 'en';
  @ApiProperty() subject: string;
  @ApiProperty() html: string;
  @ApiProperty() text: string;
}

export class ReleasePreviewDto {
  @ApiProperty({ example: 12, description: 'staged decisions a release would make known' })
  staged: number;
  @ApiProperty({ example: 8 }) approved: number;
  @ApiProperty({ example: 2 }) rejected: number;
  @ApiProperty({ example: 2 }) waitlisted: number;
  @ApiProperty({ example: 12, description: 'letters that would be sent' }) letters: number;
  @ApiProperty({
    type: [String],
    description: 'the staged applications, to release exactly what was previewed',
  })
  applicationIds: string[];
  @ApiProperty({
    type: [DecisionLetterPreviewDto],
    description: 'the first letter of each kind of decision',
  })
  samples: DecisionLetterPreviewDto[];
}

export class ApplicationSettingsDto {
  @ApiProperty() fairId: string;
  @ApiProperty({ example: 10 }) craftVillagePoints: number;
  @ApiProperty({ example: 3 }) pointsPerOcopStar: number;
  @ApiProperty({ example: 5 }) firstParticipationPoints: number;
  @ApiProperty({ example: 25 }) earlySubmissionPercent: number;
  @ApiProperty({ example: 4 }) earlySubmissionPoints: number;
  @ApiProperty({ type: [Number], example: [5, 10, 15, 20] }) thresholds: number[];
  @ApiProperty({ example: 50 }) depositPercent: number;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  updatedAt: Date | null;
}

export class FormZoneDto {
  @ApiProperty({ example: 'may-tre-dan' }) code: string;
  @ApiProperty({ example: 'Mây tre đan' }) nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
}

export class FormBoothTypeDto {
  @ApiProperty({ example: 'tieu-chuan' }) code: string;
  @ApiProperty() nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ example: 3 }) widthM: number;
  @ApiProperty({ example: 3 }) depthM: number;
  @ApiProperty({ example: '12000000', description: MONEY }) price: string;
}

export class FormProgrammeDto {
  @ApiProperty() id: string;
  @ApiProperty() nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ example: 50 }) ratePercent: number;
  @ApiProperty({ type: Number, nullable: true }) maxBoothsPerProducer: number | null;
  @ApiProperty({ type: String, nullable: true }) capPerBooth: string | null;
  @ApiProperty({ type: String, nullable: true }) capPerProducer: string | null;
  @ApiProperty() requireRecognisedCraftVillage: boolean;
  @ApiProperty({ type: Number, nullable: true }) minOcopStars: number | null;
  @ApiProperty({ enum: LEGAL_FORMS, isArray: true }) allowedLegalForms: LegalForm[];
}

/** What a producer needs to fill in an application to an open fair. */
/** A document kind the fair requires, and whether the caller's producer lacks a usable one. */
export class FormRequiredDocumentDto {
  @ApiProperty({ enum: REQUIRABLE_DOCUMENT_KINDS }) kind: DocumentKind;
  @ApiProperty() labelVi: string;
  @ApiProperty() labelEn: string;
  @ApiProperty({ description: 'none uploaded, refused, or expired by the first day' })
  missing: boolean;
}

export class ApplicationFormDto {
  @ApiProperty() fairId: string;
  @ApiProperty() nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty() applicationsOpenAt: string;
  @ApiProperty() applicationsCloseAt: string;
  @ApiProperty({ type: String, nullable: true }) withdrawalDeadline: string | null;
  @ApiProperty({ example: 50 }) depositPercent: number;
  @ApiProperty({ type: [FormZoneDto] }) zones: FormZoneDto[];
  @ApiProperty({ type: [FormBoothTypeDto] }) boothTypes: FormBoothTypeDto[];
  @ApiProperty({ type: [FormProgrammeDto] }) supportProgrammes: FormProgrammeDto[];
  @ApiProperty({ type: [FormRequiredDocumentDto] }) requiredDocuments: FormRequiredDocumentDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2026-10-09',
    description: 'the first day: required documents must be valid on it',
  })
  documentsValidOn: string | null;
}

/** One approved application as the allocation engine's request (ALLOCATION.md). */
export interface AllocationRequestData {
  /** The application id; `near` lists application ids too. */
  id: string;
  producerId: string;
  producerName: string;
  size: number;
  /** Booth type codes, as the plan's booths carry them. */
  types: string[];
  /** Zone codes, most wanted first; empty means any. */
  zones: string[];
  corner: boolean;
  priority: number;
  near: string[];
}
