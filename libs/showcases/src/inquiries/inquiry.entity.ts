import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const INQUIRY_STATUSES = ['new', 'replied', 'closed'] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

/** A buyer's inquiry about a product, sent from its public page or a scanned sample label. */
@Entity('inquiries')
export class Inquiry {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') fairId: string;
  @Column('uuid') producerId: string;
  @Column('uuid') productId: string;
  @Column({ type: 'uuid', nullable: true }) sampleId: string | null;
  @Column({ type: 'text' }) source: 'product_page' | 'sample_label';
  @Column() buyerName: string;
  @Column({ type: 'text', nullable: true }) company: string | null;
  @Column({ type: 'citext' }) email: string;
  /** ISO 3166-1 alpha-2. */
  @Column() country: string;
  @Column({ type: 'integer', nullable: true }) quantity: number | null;
  @Column() message: string;
  @Column({ type: 'text' }) locale: 'vi' | 'en';
  @Column({ type: 'text' }) status: InquiryStatus;
  @Column({ type: 'uuid', nullable: true }) statusChangedBy: string | null;
  @Column({ type: 'timestamptz', nullable: true }) statusChangedAt: Date | null;
  /** The form token's nonce: one inquiry per served form. */
  @Column() formNonce: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
