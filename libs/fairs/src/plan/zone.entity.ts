import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A pavilion of a fair ("Mây tre đan"), optionally placed in a hall. */
@Entity('zones')
export class Zone {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') fairId: string;
  @Column('text') code: string;
  @Column('text') nameVi: string;
  @Column('text', { nullable: true }) nameEn: string | null;
  @Column('text', { nullable: true }) hall: string | null;
  @Column('text', { nullable: true }) colour: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
