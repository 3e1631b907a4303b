import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A craft village (làng nghề); `recognised` is the official recognition support programmes ask for. */
@Entity('craft_villages')
export class CraftVillage {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() name: string;
  @Column() craftCategory: string;
  @Column() provinceCode: string;
  @Column({ type: 'text', nullable: true }) communeCode: string | null;
  @Column() recognised: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
