import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { DocumentKind } from '@hoicho/exhibitors';
import { FairStatus } from '../domain';

/** A fair run by one organising body; its days are FairDay rows. */
@Entity('fairs')
export class Fair {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') organisingBodyId: string;
  @Column('text') nameVi: string;
  @Column('text', { nullable: true }) nameEn: string | null;
  @Column('text') venueName: string;
  @Column('text') venueAddress: string;
  @Column('timestamptz') applicationsOpenAt: Date;
  @Column('timestamptz') applicationsCloseAt: Date;
  @Column('timestamptz', { nullable: true }) withdrawalDeadline: Date | null;
  @Column('text') status: FairStatus;
  /** Document kinds a producer must hold, valid on the first day, to submit an application. */
  @Column('text', { array: true, default: () => "'{}'" }) requiredDocumentKinds: DocumentKind[];
  @Column('uuid') createdBy: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
