import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { LegalForm } from '../domain';

/**
 * A producer organisation (enterprise, cooperative, household business…) and its profile.
 * The table also has `search_key`, kept by a database trigger and never written from here.
 */
@Entity('producers')
export class Producer {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() legalNameVi: string;
  @Column({ type: 'text', nullable: true }) legalNameEn: string | null;
  @Column({ type: 'text', nullable: true }) legalForm: LegalForm | null;
  /** 10 digits, 10 + "-" + 3-digit branch, or a 12-digit citizen ID (household businesses). */
  @Column({ type: 'text', nullable: true }) taxCode: string | null;
  @Column({ type: 'text', nullable: true }) provinceCode: string | null;
  @Column({ type: 'text', nullable: true }) communeCode: string | null;
  /** House number, street, hamlet. */
  @Column({ type: 'text', nullable: true }) addressDetail: string | null;
  /** The address as older certificates print it, district included. */
  @Column({ type: 'text', nullable: true }) formerAddress: string | null;
  @Column({ type: 'uuid', nullable: true }) craftVillageId: string | null;
  @Column({ type: 'text', nullable: true }) craftCategory: string | null;
  /** Shown in the public catalogue once that exists. */
  @Column({ default: false }) published: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
