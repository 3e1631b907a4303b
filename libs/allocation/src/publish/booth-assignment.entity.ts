import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A published booth: one row per booth, unique per fair (the database's guarantee). */
@Entity('booth_assignments')
export class BoothAssignment {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') fairId: string;
  @Column('uuid') boothId: string;
  @Column('uuid') applicationId: string;
  @Column('uuid', { nullable: true }) runId: string | null;
  @Column('uuid', { nullable: true }) offerId: string | null;
  /** Placed by an organiser's hand (a draft edit): kept even by a reshuffle. */
  @Column('boolean') manual: boolean;
  @Column('uuid') assignedBy: string;
  @Column({ type: 'timestamptz', insert: false, update: false }) assignedAt: Date;
}
