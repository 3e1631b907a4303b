import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const OFFER_STATUSES = ['pending', 'accepted', 'declined', 'expired', 'cancelled'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** Freed booths offered to a waitlisted producer until `expiresAt`. */
@Entity('waitlist_offers')
export class WaitlistOffer {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') fairId: string;
  @Column('uuid') applicationId: string;
  @Column('uuid') producerId: string;
  @Column('uuid', { array: true }) boothIds: string[];
  @Column('text', { array: true }) boothCodes: string[];
  @Column('text') status: OfferStatus;
  @Column('timestamptz') expiresAt: Date;
  @Column('uuid') createdBy: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { nullable: true }) closedAt: Date | null;
  @Column('uuid', { nullable: true }) respondedBy: string | null;
}
