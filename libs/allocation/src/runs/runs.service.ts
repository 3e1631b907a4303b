import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, AuthUser, TransactionRunner } from '@hoicho/platform';
import { fairNotAllocating } from '../allocation.errors';
import { AllocationContext } from '../common/allocation-context';
import { AllocationRun } from './allocation-run.entity';
import { AllocationQueue } from './allocation-queue';
import { RunDto, StartRunDto } from './dto/run.dto';

/** Starting runs and reading them; the work itself is RunExecutor's, in the worker. */
@Injectable()
export class RunsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly context: AllocationContext,
    private readonly queue: AllocationQueue,
  ) {}

  async start(user: AuthUser, fairId: string, dto: StartRunDto): Promise<RunDto> {
    const fair = await this.context.fairFor(user, fairId);
    const reshuffle = dto.reshuffle ?? false;
    // Producers of a published fair were told their booths: only a new allocation may move them.
    if (reshuffle && fair.status !== 'allocating') {
      throw fairNotAllocating(fair.status, ['allocating']);
    }
    const runId = await this.transactions.run(async (tx) => {
      const [row] = (await tx.manager.query(
        `INSERT INTO allocation_runs (fair_id, reshuffle, created_by) VALUES ($1, $2, $3) RETURNING id`,
        [fairId, reshuffle, user.id],
      )) as { id: string }[];
      // After commit, so the worker finds the row; a lost add is re-added by the sweep.
      tx.afterCommit(() => this.queue.addRun(row.id));
      return row.id;
    });
    return this.get(user, fairId, runId);
  }

  /** The run if it belongs to the fair and the caller may see the fair; 404 otherwise. */
  async find(user: AuthUser, fairId: string, runId: string): Promise<AllocationRun> {
    await this.context.readable(user, fairId);
    const run = await this.dataSource.getRepository(AllocationRun).findOneBy({ id: runId, fairId });
    if (!run) throw AppError.notFound('Allocation run');
    return run;
  }

  async get(user: AuthUser, fairId: string, runId: string): Promise<RunDto> {
    const run = await this.find(user, fairId, runId);
    return toRunDto(run, await this.context.version(fairId));
  }

  async list(user: AuthUser, fairId: string): Promise<RunDto[]> {
    await this.context.readable(user, fairId);
    const [runs, version] = await Promise.all([
      this.dataSource.getRepository(AllocationRun).find({
        where: { fairId },
        order: { createdAt: 'DESC' },
        take: 50,
      }),
      this.context.version(fairId),
    ]);
    return runs.map((run) => toRunDto(run, version));
  }
}

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
