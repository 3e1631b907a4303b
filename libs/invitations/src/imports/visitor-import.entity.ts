import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { VisitorImportFormat } from '../domain';

export type VisitorImportStatus = 'uploaded' | 'queued' | 'running' | 'completed' | 'failed';

/** One uploaded visitor list and what importing it did. */
@Entity('visitor_imports')
export class VisitorImport {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') organisingBodyId: string;
  @Column('uuid') createdBy: string;
  @Column('text') filename: string;
  @Column('text') format: VisitorImportFormat;
  @Column('int') sizeBytes: number;
  /** Not selected by default: only the job reads the upload. */
  @Column({ type: 'bytea', nullable: true, select: false }) file: Buffer | null;
  @Column('text') status: VisitorImportStatus;
  @Column('int') lastLine: number;
  /** Never above 2^53: an upload is at most 25 MB. */
  @Column('bigint', { transformer: { from: Number, to: (value: number) => value } })
  bytesRead: number;
  @Column('int') rowsRead: number;
  @Column('int') createdCount: number;
  @Column('int') mergedCount: number;
  @Column('int') rejectedCount: number;
  @Column('text', { nullable: true }) failure: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { nullable: true }) queuedAt: Date | null;
  @Column('timestamptz', { nullable: true }) startedAt: Date | null;
  @Column('timestamptz', { nullable: true }) finishedAt: Date | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
