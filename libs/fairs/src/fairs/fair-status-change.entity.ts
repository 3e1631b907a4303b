import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { FairStatus } from '../domain';

/** Who moved a fair from one status to the next, and when; creation is from null to draft. */
@Entity('fair_status_changes')
export class FairStatusChange {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') fairId: string;
  @Column('text', { nullable: true }) fromStatus: FairStatus | null;
  @Column('text') toStatus: FairStatus;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('uuid') changedBy: string;
  @Column('timestamptz', { default: () => 'now()' }) changedAt: Date;
}
