import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { RsvpStatus } from '../domain';

/** One visitor invited by one campaign (unique pair); the link token is kept only hashed and sealed. */
@Entity('invitations')
export class Invitation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') campaignId: string;
  /** Null once the visitor was deleted: the invitation stays, anonymous, for the figures. */
  @Column('uuid', { nullable: true }) visitorId: string | null;
  @Column('uuid') organisingBodyId: string;
  @Column('uuid') fairId: string;
  @Column('bytea', { select: false }) tokenHash: Buffer;
  @Column('text', { select: false }) tokenSealed: string;
  @Column('text') rsvpStatus: RsvpStatus;
  @Column('smallint') guests: number;
  @Column('timestamptz', { nullable: true }) answeredAt: Date | null;
  @Column('timestamptz', { nullable: true }) openedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
