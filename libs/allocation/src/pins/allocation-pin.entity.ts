import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A booth an organiser assigned by hand before (or between) runs: pinned in every run. */
@Entity('allocation_pins')
export class AllocationPin {
  @PrimaryColumn('uuid') fairId: string;
  @PrimaryColumn('uuid') boothId: string;
  @Column('uuid') applicationId: string;
  @Column('uuid') pinnedBy: string;
  @Column({ type: 'timestamptz', insert: false, update: false }) pinnedAt: Date;
}
