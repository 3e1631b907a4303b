import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const COMMUNE_KINDS = ['commune', 'ward', 'special_zone'] as const;
export type CommuneKind = (typeof COMMUNE_KINDS)[number];

/** A commune, ward or special zone: the second and last administrative level since 7/2025. */
@Entity('communes')
export class Commune {
  @PrimaryColumn() code: string;
  @Column() provinceCode: string;
  @Column() name: string;
  @Column({ type: 'text' }) kind: CommuneKind;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
