import { AllocationRun } from './allocation-run.entity';
import { RunDto } from './dto/run.dto';

/** Whether the run's draft may be published against the fair's current version. */
export function isCurrent(run: AllocationRun, version: number): boolean {
  return run.status === 'done' && (run.baseVersion === version || run.publishedVersion === version);
}

export function toRunDto(run: AllocationRun, version: number): RunDto {
  return {
    id: run.id,
    fairId: run.fairId,
    status: run.status,
    progress: run.progress,
    reshuffle: run.reshuffle,
    summary: run.summary && run.draft ? { ...run.summary, score: run.draft.score } : run.summary,
    warnings: run.warnings,
    failure: run.failure,
    current: isCurrent(run, version),
    publishedAt: run.publishedAt,
    createdAt: run.createdAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
  };
}
