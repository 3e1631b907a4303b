import type { Language } from '@hoicho/platform';
import { AllocationRun } from './allocation-run.entity';
import { RunDto } from './dto/run.dto';
import { runWarningsView } from './run-warnings.view';

/** Whether the run's draft may be published against the fair's current version. */
export function isCurrent(run: AllocationRun, version: number): boolean {
  return run.status === 'done' && (run.baseVersion === version || run.publishedVersion === version);
}

export function toRunDto(run: AllocationRun, version: number, language: Language): RunDto {
  return {
    id: run.id,
    fairId: run.fairId,
    status: run.status,
    progress: run.progress,
    reshuffle: run.reshuffle,
    summary: run.summary && run.draft ? { ...run.summary, score: run.draft.score } : run.summary,
    warnings: runWarningsView(run, language),
    failure: run.failure,
    current: isCurrent(run, version),
    publishedAt: run.publishedAt,
    createdAt: run.createdAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
  };
}
