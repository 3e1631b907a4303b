import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A department or centre that organises fairs (Sở Công Thương, Trung tâm Khuyến công…). */
@Entity('organising_bodies')
export class OrganisingBody {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'citext' }) code: string;
  @Column() nameVi: string;
  @Column({ type: 'text', nullable: true }) nameEn: string | null;
  @Column({ type: 'citext', nullable: true }) email: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
