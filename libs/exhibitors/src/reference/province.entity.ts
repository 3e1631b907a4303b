import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A province or centrally-run city (34 since 1 July 2025), by its statistics-office code. */
@Entity('provinces')
export class Province {
  @PrimaryColumn() code: string;
  @Column() name: string;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
