import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { CustodyStatus } from '../domain';

export const ENTRY_STATUSES = ['invited', 'proposed', 'accepted', 'declined', 'withdrawn'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

/**
 * A product invited into a showcase (by the organisers) or proposed (by its producer). Once
 * accepted it is a physical sample: a label code unique in the fair, a quantity, a declared
 * value in đồng, and a custody status that only moves with an event in `sample_custody_events`
 * (the database checks at commit that the status is where the trail ends).
 */
@Entity('showcase_samples')
export class ShowcaseSample {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') fairId: string;
  @Column('uuid') showcaseId: string;
  @Column('uuid') producerId: string;
  @Column('uuid') productId: string;
  @Column({ type: 'text' }) origin: 'invited' | 'proposed';
  @Column({ type: 'text' }) entryStatus: EntryStatus;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'text', nullable: true }) decisionNote: string | null;
  @Column('integer') quantity: number;
  /** đồng, bigint: a string of digits. */
  @Column({ type: 'bigint' }) declaredValue: string;
  @Column({ type: 'text', nullable: true }) labelCode: string | null;
  @Column({ type: 'text', nullable: true }) custodyStatus: CustodyStatus | null;
  @Column({ type: 'text', nullable: true }) displayLocation: string | null;
  @Column('integer') trailLength: number;
  @Column('uuid') createdBy: string;
  @Column({ type: 'uuid', nullable: true }) decidedBy: string | null;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
