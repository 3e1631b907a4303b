import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A craft (mây tre đan, gốm sứ…); zones and review filters use the same codes. */
@Entity('craft_categories')
export class CraftCategory {
  @PrimaryColumn() code: string;
  @Column() nameVi: string;
  @Column({ type: 'text', nullable: true }) nameEn: string | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
