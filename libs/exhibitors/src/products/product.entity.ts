import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** numeric columns come back as strings; sizes in cm are small enough for a JS number. */
const decimal = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * A product or sample in a producer's catalogue. Prices are integer đồng (bigint, strings in
 * JS). The table also has `search_key`, kept by a database trigger.
 */
@Entity('products')
export class Product {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') producerId: string;
  @Column() nameVi: string;
  @Column({ type: 'text', nullable: true }) nameEn: string | null;
  @Column() category: string;
  @Column({ type: 'text', array: true }) materials: string[];
  @Column({ type: 'text', nullable: true }) dimensionsText: string | null;
  @Column({ type: 'numeric', nullable: true, transformer: decimal }) widthCm: number | null;
  @Column({ type: 'numeric', nullable: true, transformer: decimal }) depthCm: number | null;
  @Column({ type: 'numeric', nullable: true, transformer: decimal }) heightCm: number | null;
  @Column({ type: 'bigint', nullable: true }) priceMin: string | null;
  @Column({ type: 'bigint', nullable: true }) priceMax: string | null;
  @Column({ type: 'integer', nullable: true }) minOrderQuantity: number | null;
  @Column({ type: 'smallint', nullable: true }) ocopStars: number | null;
  /** Last day the OCOP certificate is valid, "YYYY-MM-DD". */
  @Column({ type: 'date', nullable: true }) ocopExpiresOn: string | null;
  /** Day the OCOP certificate was issued, "YYYY-MM-DD", when given (expiry ≤ 36 months on). */
  @Column({ type: 'date', nullable: true }) ocopIssuedOn: string | null;
  @Column({ default: false }) sampleAvailable: boolean;
  @Column({ default: false }) published: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
