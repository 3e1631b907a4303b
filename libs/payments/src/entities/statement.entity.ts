import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { LineError, LineOutcome, StatementMapping } from '../domain';

/** The column mapping an organising body uses for one bank's statements (reused next time). */
@Entity('statement_mappings')
export class StatementMappingRow {
  @PrimaryColumn('uuid') organisingBodyId: string;
  @PrimaryColumn('text') bankBin: string;
  @Column('jsonb') mapping: StatementMapping;
  @Column('timestamptz') updatedAt: Date;
}

export type LineState = 'recorded' | 'open' | 'ignored';

export interface ImportCounts {
  lines: number;
  credits: number;
  exact: number;
  partial: number;
  over_paid: number;
  unmatched: number;
  duplicate: number;
  skipped: number;
  errors: number;
}

@Entity('statement_imports')
export class StatementImportRow {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') fairId: string;
  @Column('uuid') organisingBodyId: string;
  @Column('text') bankBin: string;
  @Column('text') filename: string;
  @Column('jsonb') counts: ImportCounts;
  @Column('jsonb') errors: LineError[];
  @Column('uuid') createdBy: string;
  @Column('timestamptz') createdAt: Date;
}

/** One credit of an imported statement and what became of it. */
@Entity('statement_lines')
export class StatementLineRow {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') importId: string;
  @Column('uuid') fairId: string;
  @Column('uuid') organisingBodyId: string;
  @Column('integer') line: number;
  @Column('date') bookedOn: string;
  @Column('bigint') amount: string;
  @Column('text') description: string;
  @Column('text', { nullable: true }) bankRef: string | null;
  @Column('text', { nullable: true }) payerAccount: string | null;
  @Column('text') txKey: string;
  @Column('text') outcome: LineOutcome;
  @Column('text') state: LineState;
  @Column('uuid', { nullable: true }) applicationId: string | null;
  @Column('uuid', { nullable: true }) settledBy: string | null;
  @Column('timestamptz', { nullable: true }) settledAt: Date | null;
}
