import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { VisitorLanguage, VisitorSegment } from '../domain';

export type VisitorSource = 'import' | 'manual' | 'self_registration';

/** A person an organising body may invite; most never have an account. */
@Entity('visitors')
export class VisitorEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') organisingBodyId: string;
  /** Normalised (lower case, NFC, punycode domain); unique per body. */
  @Column({ type: 'citext' }) email: string;
  @Column('text') name: string;
  @Column('text', { nullable: true }) organisation: string | null;
  @Column('text', { nullable: true }) phone: string | null;
  @Column('text', { nullable: true }) country: string | null;
  @Column('text', { nullable: true }) language: VisitorLanguage | null;
  @Column('text', { nullable: true }) segment: VisitorSegment | null;
  @Column('text', { array: true }) tags: string[];
  @Column('text', { array: true }) tagKeys: string[];
  @Column('boolean', { nullable: true }) consent: boolean | null;
  @Column('text') source: VisitorSource;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
