import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AllocationInstance, AllocationResult } from '../engine';
import type { ApplicantInfo, Draft, RunSummary } from '../draft/draft.types';
import { AllocationRun } from './allocation-run.entity';
import type { RunWarning } from './run-warning-codes';

/** What a finished computation stores on its run. */
export interface ComputedRun {
  baseVersion: number;
  instance: AllocationInstance;
  applicants: Record<string, ApplicantInfo>;
  result: AllocationResult;
  draft: Draft;
  summary: RunSummary;
  warnings: RunWarning[];
}

/**
 * Allocation runs (`allocation_runs`). Rows are inserted and read through the entity (a new run
 * is the table's defaults: queued, progress 0, no draft); each step of the worker's state
 * machine is one conditional UPDATE whose WHERE is the rule (only a queued or running run is
 * claimed, progresses, completes or fails), so a duplicate job or a late retry changes nothing.
 */
@Injectable()
export class AllocationRunRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A queued run; returns its id. */
  async insert(
    manager: EntityManager,
    run: Pick<AllocationRun, 'fairId' | 'reshuffle' | 'createdBy'>,
  ): Promise<string> {
    const result = await manager.getRepository(AllocationRun).insert(run);
    return (result.identifiers[0] as { id: string }).id;
  }

  find(fairId: string, runId: string): Promise<AllocationRun | null> {
    return this.dataSource.getRepository(AllocationRun).findOneBy({ id: runId, fairId });
  }

  /** The fair's newest runs first. */
  recent(fairId: string, limit: number): Promise<AllocationRun[]> {
    return this.dataSource
      .getRepository(AllocationRun)
      .find({ where: { fairId }, order: { createdAt: 'DESC' }, take: limit });
  }

  lock(manager: EntityManager, fairId: string, runId: string): Promise<AllocationRun | null> {
    return manager
      .getRepository(AllocationRun)
      .findOne({ where: { id: runId, fairId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The worker takes a queued (or interrupted) run; null when it is finished or unknown. */
  async claim(runId: string): Promise<{ fairId: string; reshuffle: boolean } | null> {
    const [rows] = (await this.dataSource.query(
      `UPDATE allocation_runs
          SET status = 'running', attempts = attempts + 1, progress = 5,
              started_at = coalesce(started_at, now()), updated_at = now()
        WHERE id = $1 AND status IN ('queued', 'running')
        RETURNING fair_id, reshuffle`,
      [runId],
    )) as [{ fair_id: string; reshuffle: boolean }[], number];
    const row = rows[0];
    return row ? { fairId: row.fair_id, reshuffle: row.reshuffle } : null;
  }

  async setProgress(runId: string, progress: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE allocation_runs SET progress = $2, updated_at = now() WHERE id = $1 AND status = 'running'`,
      [runId, progress],
    );
  }

  async complete(runId: string, run: ComputedRun): Promise<void> {
    await this.dataSource.query(
      `UPDATE allocation_runs
          SET status = 'done', progress = 100, base_version = $2, instance = $3, applicants = $4,
              result = $5, draft = $6, summary = $7, warnings = $8, finished_at = now(), updated_at = now()
        WHERE id = $1 AND status = 'running'`,
      [
        runId,
        run.baseVersion,
        JSON.stringify(run.instance),
        JSON.stringify(run.applicants),
        JSON.stringify(run.result),
        JSON.stringify(run.draft),
        JSON.stringify(run.summary),
        JSON.stringify(run.warnings),
      ],
    );
  }

  /** The run stops for good with a reason (cut to the column's 2,000 characters). */
  async fail(runId: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE allocation_runs SET status = 'failed', failure = $2, finished_at = now(), updated_at = now()
        WHERE id = $1 AND status IN ('queued', 'running')`,
      [runId, reason.slice(0, 2000)],
    );
  }

  /** An organiser's edit of the draft; the revision counts edits. */
  async saveDraft(manager: EntityManager, runId: string, draft: Draft): Promise<void> {
    await manager.query(
      `UPDATE allocation_runs SET draft = $2, draft_revision = draft_revision + 1, updated_at = now()
        WHERE id = $1`,
      [runId, JSON.stringify(draft)],
    );
  }

  async markPublished(
    manager: EntityManager,
    runId: string,
    version: number,
    publishedBy: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE allocation_runs SET published_version = $2, published_at = now(), published_by = $3,
              updated_at = now()
        WHERE id = $1`,
      [runId, version, publishedBy],
    );
  }

  /** Unfinished runs untouched for `graceMs`: the queue may have lost them (oldest first). */
  async lost(graceMs: number, limit: number, manager?: EntityManager): Promise<string[]> {
    const rows = (await (manager ?? this.dataSource.manager).query(
      `SELECT id FROM allocation_runs
        WHERE status IN ('queued', 'running') AND updated_at < now() - $1 * interval '1 millisecond'
        ORDER BY updated_at LIMIT $2`,
      [graceMs, limit],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }
}
