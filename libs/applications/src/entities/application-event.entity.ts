import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ApplicationDecision, ApplicationStatus } from '../domain';

export const APPLICATION_LOG_EVENTS = [
  'create',
  'update',
  'submit',
  'approve',
  'reject',
  'waitlist',
  'release',
  'withdraw',
  'priority_override',
  'payment',
] as const;

export type ApplicationLogEvent = (typeof APPLICATION_LOG_EVENTS)[number];

/** One line of an application's history: what happened, who did it, when. */
@Entity('application_events')
export class ApplicationEventRow {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Orders events written in one transaction; the database numbers it. */
  @Column({ type: 'bigint', insert: false, update: false }) seq: string;
  @Column('uuid') fairId: string;
  @Column('uuid') applicationId: string;
  @Column('text') event: ApplicationLogEvent;
  @Column('text', { nullable: true }) fromStatus: ApplicationStatus | null;
  @Column('text', { nullable: true }) fromPending: ApplicationDecision | null;
  @Column('text') toStatus: ApplicationStatus;
  @Column('text', { nullable: true }) toPending: ApplicationDecision | null;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('jsonb') data: Record<string, unknown>;
  @Column('uuid') actorId: string;
  @Column({ type: 'timestamptz', insert: false, update: false }) occurredAt: Date;
}
