import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A booth on the floor plan; metres from the plan's top-left corner. */
@Entity('booths')
export class Booth {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') fairId: string;
  @Column('text') code: string;
  @Column('uuid') zoneId: string;
  @Column('uuid') boothTypeId: string;
  @Column('double precision') x: number;
  @Column('double precision') y: number;
  @Column('double precision') width: number;
  @Column('double precision') height: number;
  @Column('boolean') corner: boolean;
  @Column('boolean') blocked: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
