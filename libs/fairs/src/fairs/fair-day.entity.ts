import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One opening day: a Hà Nội wall-clock date with its opening and closing times. */
@Entity('fair_days')
export class FairDay {
  @PrimaryColumn('uuid') fairId: string;
  /** "2026-10-10" */
  @PrimaryColumn('date') day: string;
  /** "08:00:00" as PostgreSQL returns a time. */
  @Column('time') opensAt: string;
  @Column('time') closesAt: string;
}
