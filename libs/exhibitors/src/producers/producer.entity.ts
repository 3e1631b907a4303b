import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A producer organisation (enterprise, cooperative, household business…). */
@Entity('producers')
export class Producer {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() legalNameVi: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
