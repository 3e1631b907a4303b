import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AllocationInstance, AllocationResult } from '../engine';
import type { ApplicantInfo, Draft, RunSummary } from '../draft/draft.types';
import type { RunWarning } from './run-warning-codes';

export const RUN_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/**
 * One allocation run: queued by an organiser, computed by the worker, then a draft the
 * organisers inspect, edit and publish. The instance and the applicants' names are kept with
 * it, so the draft reads the same however the applications change later.
 */
@Entity('allocation_runs')
export class AllocationRun {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') fairId: string;
  @Column('text') status: RunStatus;
  @Column('boolean') reshuffle: boolean;
  @Column('smallint') progress: number;
  @Column('smallint') attempts: number;
  /** The fair's allocation version the draft was computed from. */
  @Column('integer', { nullable: true }) baseVersion: number | null;
  @Column('jsonb', { nullable: true }) instance: AllocationInstance | null;
  @Column('jsonb', { nullable: true }) applicants: Record<string, ApplicantInfo> | null;
  @Column('jsonb', { nullable: true }) result: AllocationResult | null;
  @Column('jsonb', { nullable: true }) draft: Draft | null;
  @Column('integer') draftRevision: number;
  @Column('jsonb', { nullable: true }) summary: RunSummary | null;
  @Column('jsonb') warnings: RunWarning[];
  @Column('text', { nullable: true }) failure: string | null;
  @Column('uuid') createdBy: string;
  @Column({ type: 'timestamptz', insert: false, update: false }) createdAt: Date;
  @Column('timestamptz', { nullable: true }) startedAt: Date | null;
  @Column('timestamptz', { nullable: true }) finishedAt: Date | null;
  @Column('timestamptz') updatedAt: Date;
  @Column('integer', { nullable: true }) publishedVersion: number | null;
  @Column('timestamptz', { nullable: true }) publishedAt: Date | null;
  @Column('uuid', { nullable: true }) publishedBy: string | null;
}
