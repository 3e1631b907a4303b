import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { LegalForm } from '@hoicho/exhibitors';

/** Part of the booth fee paid for eligible producers, out of a budget per fair (đồng). */
@Entity('support_programmes')
export class SupportProgramme {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') fairId: string;
  @Column('text') nameVi: string;
  @Column('text', { nullable: true }) nameEn: string | null;
  @Column('smallint') ratePercent: number;
  @Column('smallint', { nullable: true }) maxBoothsPerProducer: number | null;
  @Column('bigint', { nullable: true }) capPerBooth: string | null;
  @Column('bigint', { nullable: true }) capPerProducer: string | null;
  @Column('bigint') totalBudget: string;
  @Column('bigint', { default: '0' }) budgetUsed: string;
  @Column('boolean') requireRecognisedCraftVillage: boolean;
  @Column('smallint', { nullable: true }) minOcopStars: number | null;
  @Column('text', { array: true }) allowedLegalForms: LegalForm[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
