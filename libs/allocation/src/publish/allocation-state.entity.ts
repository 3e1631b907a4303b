import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Per fair: the version of the published assignments, moved by every change to them. */
@Entity('allocation_states')
export class AllocationState {
  @PrimaryColumn('uuid') fairId: string;
  @Column('integer') version: number;
  @Column('uuid', { nullable: true }) publishedRunId: string | null;
  @Column('timestamptz') updatedAt: Date;
}
