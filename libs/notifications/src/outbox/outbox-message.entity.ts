import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Locale, MessageStatus } from './message-status';

/** One email and its whole delivery life; the row, not the queue job, is the truth. */
@Entity('outbox_messages')
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() dedupeKey: string;
  @Column({ type: 'uuid', nullable: true }) organisingBodyId: string | null;
  @Column({ type: 'uuid', nullable: true }) campaignId: string | null;
  /** NFC and lower case, as OutboxService writes it. */
  @Column({ type: 'text' }) recipient: string;
  @Column({ type: 'text' }) locale: Locale;
  @Column() template: string;
  /** This message's own template data; the rest is in `outbox_shared_data`. */
  @Column({ type: 'jsonb' }) data: Record<string, unknown>;
  @Column({ type: 'uuid', nullable: true }) sharedDataId: string | null;
  @Column() bulk: boolean;
  @Column({ type: 'text' }) status: MessageStatus;
  /** The queue job that carries this message (several messages may share one). */
  @Column({ type: 'text' }) jobId: string;
  @Column() attempts: number;
  @Column() maxAttempts: number;
  @Column({ type: 'timestamptz', nullable: true }) sendAfter: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) leaseUntil: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) nextAttemptAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) lastAttemptAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) sentAt: Date | null;
  @Column({ type: 'text', nullable: true }) smtpResponse: string | null;
  @Column({ type: 'text', nullable: true }) lastError: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
