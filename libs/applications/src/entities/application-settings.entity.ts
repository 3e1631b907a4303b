import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A fair's review settings: the organiser's priority rules and the deposit rule. */
@Entity('application_settings')
export class ApplicationSettingsRow {
  @PrimaryColumn('uuid') fairId: string;
  @Column('integer') craftVillagePoints: number;
  @Column('integer') pointsPerOcopStar: number;
  @Column('integer') firstParticipationPoints: number;
  @Column('smallint') earlySubmissionPercent: number;
  @Column('integer') earlySubmissionPoints: number;
  @Column('integer', { array: true }) thresholds: number[];
  @Column('smallint') depositPercent: number;
  @Column('uuid', { nullable: true }) updatedBy: string | null;
  @Column('timestamptz') updatedAt: Date;
}
