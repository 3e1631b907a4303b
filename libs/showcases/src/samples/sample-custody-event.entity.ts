import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CustodyStatus } from '../domain';

export type CustodyStepName =
  'request' | 'receive' | 'display' | 'return' | 'sell' | 'mark_damaged' | 'mark_lost' | 'cancel';

/** One step of a sample's custody trail; append-only (a trigger refuses UPDATE and DELETE). */
@Entity('sample_custody_events')
export class SampleCustodyEvent {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Insertion order; bigint, so a string. */
  @Column({ type: 'bigint', insert: false, update: false }) seq: string;
  @Column('uuid') sampleId: string;
  @Column('uuid') fairId: string;
  @Column({ type: 'text' }) step: CustodyStepName;
  @Column({ type: 'text', nullable: true }) fromStatus: CustodyStatus | null;
  @Column({ type: 'text' }) toStatus: CustodyStatus;
  @Column({ type: 'jsonb' }) details: Record<string, string>;
  @Column('uuid') actorId: string;
  @Column({ type: 'timestamptz' }) occurredAt: Date;
}
