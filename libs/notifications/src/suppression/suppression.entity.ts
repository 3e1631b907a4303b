import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type SuppressionScope = 'bulk' | 'all';
export type SuppressionReason = 'unsubscribed' | 'bounced' | 'complaint' | 'manual';

/**
 * An address we must not write to. `bulk` (an unsubscribe) stops invitations and campaigns
 * but not a password reset the person asked for; `all` stops everything.
 */
@Entity('suppressions')
export class Suppression {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'citext' }) email: string;
  @Column({ type: 'text' }) scope: SuppressionScope;
  @Column({ type: 'text' }) reason: SuppressionReason;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
