import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A curated showcase of producers' samples at a fair; dates are Hà Nội calendar days. */
@Entity('showcases')
export class Showcase {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') fairId: string;
  @Column() titleVi: string;
  @Column({ type: 'text', nullable: true }) titleEn: string | null;
  @Column({ type: 'text', nullable: true }) theme: string | null;
  @Column({ type: 'text', nullable: true }) location: string | null;
  @Column({ type: 'text', nullable: true }) curator: string | null;
  /** "YYYY-MM-DD". */
  @Column({ type: 'date' }) startsOn: string;
  @Column({ type: 'date' }) endsOn: string;
  @Column('uuid') createdBy: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
