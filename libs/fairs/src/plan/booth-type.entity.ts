import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  ValueTransformer,
} from 'typeorm';

/** numeric(6,2) comes back from PostgreSQL as a string; metres are plain numbers here. */
const metres: ValueTransformer = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? value : Number(value)),
};

/** A kind of booth with its size and price; booths refer to one. */
@Entity('booth_types')
export class BoothType {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') fairId: string;
  @Column('text') code: string;
  @Column('text') nameVi: string;
  @Column('text', { nullable: true }) nameEn: string | null;
  @Column('numeric', { precision: 6, scale: 2, transformer: metres }) widthM: number;
  @Column('numeric', { precision: 6, scale: 2, transformer: metres }) depthM: number;
  /** Integer đồng; a string because bigint does not fit a JS number safely. */
  @Column('bigint') price: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
