import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { LegalForm, OcopRating } from '@hoicho/exhibitors';
import { ApplicationDecision, ApplicationStatus } from '../domain';

/** How a fee was worked out, kept with the figures so a letter can be explained later. */
export interface FeeDetail {
  lines: { boothTypeId: string; boothType: string; unitPrice: string; count: number }[];
  depositPercent: number;
  subsidisedBooths: number;
  /** What the programme's terms give, before the remaining budget was looked at. */
  subsidyByTerms: string;
  programme: { id: string; nameVi: string; nameEn: string | null; ratePercent: number } | null;
  /** Why no subsidy: the producer does not meet the programme's conditions. */
  unmet: { code: string; message: string }[];
  balance: string;
}

/**
 * One producer's application to one fair. `status` is what the producer has been told;
 * `pendingDecision` a decision staged by the organiser and not released yet. Producer facts
 * (name, village, craft, legal form, OCOP) are a snapshot taken when the application is
 * written and submitted: the facts the review was based on, and what lists filter by.
 */
@Entity('applications')
export class Application {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') fairId: string;
  @Column('uuid') producerId: string;
  @Column('text') reference: string;
  @Column('text') status: ApplicationStatus;
  @Column('text', { nullable: true }) pendingDecision: ApplicationDecision | null;
  @Column('text', { nullable: true }) pendingReason: string | null;
  @Column('text', { nullable: true }) decisionReason: string | null;

  @Column('smallint') boothsWanted: number;
  @Column('uuid', { array: true }) boothTypeIds: string[];
  @Column('uuid', { array: true }) zoneIds: string[];
  @Column('boolean') wantsCorner: boolean;
  @Column('uuid', { array: true }) nearProducerIds: string[];
  @Column('uuid', { array: true }) productIds: string[];
  @Column('boolean') needsPower: boolean;
  @Column('boolean') needsWater: boolean;
  @Column('text', { nullable: true }) needsNote: string | null;
  @Column('uuid', { nullable: true }) supportProgrammeId: string | null;

  @Column('text') producerName: string;
  @Column('text', { nullable: true }) legalForm: LegalForm | null;
  @Column('text', { nullable: true }) craftVillage: string | null;
  @Column('boolean') craftVillageRecognised: boolean;
  @Column('text', { nullable: true }) craft: string | null;
  @Column('jsonb') ocopRatings: OcopRating[];
  @Column('smallint') ocopStars: number;
  @Column('boolean') firstParticipation: boolean;

  @Column('smallint', { nullable: true }) priorityOverride: number | null;
  @Column('text', { nullable: true }) priorityOverrideReason: string | null;
  @Column('uuid', { nullable: true }) priorityOverriddenBy: string | null;
  @Column('timestamptz', { nullable: true }) priorityOverriddenAt: Date | null;

  @Column('bigint', { nullable: true }) fee: string | null;
  @Column('bigint', { nullable: true }) subsidy: string | null;
  @Column('bigint', { nullable: true }) amountDue: string | null;
  @Column('bigint', { nullable: true }) deposit: string | null;
  @Column('jsonb', { nullable: true }) feeDetail: FeeDetail | null;
  /** Đồng currently taken from the programme's budget for this application. */
  @Column('bigint') grantHeld: string;
  @Column('bigint') amountPaid: string;

  @Column('uuid') createdBy: string;
  @Column('uuid', { nullable: true }) submittedBy: string | null;
  @Column('timestamptz', { nullable: true }) submittedAt: Date | null;
  @Column('timestamptz', { nullable: true }) decidedAt: Date | null;
  @Column('timestamptz', { nullable: true }) releasedAt: Date | null;
  @Column('timestamptz', { nullable: true }) withdrawnAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
