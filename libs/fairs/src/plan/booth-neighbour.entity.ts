import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Two booths sharing a wall, stored once with boothA < boothB (symmetric by construction). */
@Entity('booth_neighbours')
export class BoothNeighbour {
  @Column('uuid') fairId: string;
  @PrimaryColumn('uuid') boothA: string;
  @PrimaryColumn('uuid') boothB: string;
}
