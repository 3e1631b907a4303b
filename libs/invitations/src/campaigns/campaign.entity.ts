import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { ReminderAudience, VisitorSegment } from '../domain';

export type CampaignStatus = 'draft' | 'scheduled' | 'sending' | 'sent' | 'cancelled';
export type CampaignKind = 'invitation' | 'registration';

/** An invitation mailing for one fair: texts in vi and en, an audience, a send time. */
@Entity('campaigns')
export class Campaign {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') organisingBodyId: string;
  @Column('uuid') fairId: string;
  @Column('text') kind: CampaignKind;
  @Column('text') name: string;
  @Column('text') subjectVi: string;
  @Column('text') subjectEn: string;
  @Column('text') bodyVi: string;
  @Column('text') bodyEn: string;
  @Column('boolean') audienceAll: boolean;
  @Column('text', { array: true }) audienceSegments: VisitorSegment[];
  /** Tag keys (lower case). */
  @Column('text', { array: true }) audienceTags: string[];
  @Column('uuid', { array: true }) audienceVisitorIds: string[];
  @Column('smallint') maxGuests: number;
  @Column('boolean') preAccepted: boolean;
  @Column('text') status: CampaignStatus;
  @Column('timestamptz', { nullable: true }) scheduledAt: Date | null;
  @Column('timestamptz', { nullable: true }) fanOutStartedAt: Date | null;
  @Column('timestamptz', { nullable: true }) fanOutFinishedAt: Date | null;
  @Column('int') invitedCount: number;
  @Column('int') suppressedCount: number;
  @Column('uuid', { nullable: true }) createdBy: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

export type ReminderStatus = 'scheduled' | 'sending' | 'sent' | 'cancelled';

/** A follow-up to the invitations of a campaign in some answer states. */
@Entity('campaign_reminders')
export class CampaignReminder {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') campaignId: string;
  @Column('text') audience: ReminderAudience;
  @Column('text') subjectVi: string;
  @Column('text') subjectEn: string;
  @Column('text') bodyVi: string;
  @Column('text') bodyEn: string;
  @Column('text') status: ReminderStatus;
  @Column('timestamptz') scheduledAt: Date;
  @Column('int') sentCount: number;
  @Column('int') suppressedCount: number;
  @Column('timestamptz', { nullable: true }) fanOutFinishedAt: Date | null;
  @Column('uuid', { nullable: true }) createdBy: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
