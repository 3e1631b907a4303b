import { Injectable } from '@nestjs/common';
import { AppError, AuthUser, Language, TransactionRunner } from '@hoicho/platform';
import { fairNotAllocating } from '../allocation.errors';
import { AllocationContext } from '../common/allocation-context';
import { AllocationStateRepository } from '../publish/allocation-state.repository';
import { AllocationQueue } from './allocation-queue';
import { AllocationRun } from './allocation-run.entity';
import { AllocationRunRepository } from './allocation-run.repository';
import { RunDto, StartRunDto } from './dto/run.dto';
import { toRunDto } from './run.view';

/** Starting runs and reading them; the work itself is RunExecutor's, in the worker. */
@Injectable()
export class RunsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly context: AllocationContext,
    private readonly runs: AllocationRunRepository,
    private readonly states: AllocationStateRepository,
    private readonly queue: AllocationQueue,
  ) {}

  async start(
    user: AuthUser,
    fairId: string,
    dto: StartRunDto,
    language: Language = 'vi',
  ): Promise<RunDto> {
    const fair = await this.context.fairFor(user, fairId);
    const reshuffle = dto.reshuffle ?? false;
    // Producers of a published fair were told their booths: only a new allocation may move them.
    if (reshuffle && fair.status !== 'allocating') {
      throw fairNotAllocating(fair.status, ['allocating']);
    }
    const runId = await this.transactions.run(async (tx) => {
      const id = await this.runs.insert(tx.manager, { fairId, reshuffle, createdBy: user.id });
      // After commit, so the worker finds the row; a lost add is re-added by the sweep.
      tx.afterCommit(() => this.queue.addRun(id));
      return id;
    });
    return this.get(user, fairId, runId, language);
  }

  /** The run if it belongs to the fair and the caller may see the fair; 404 otherwise. */
  async find(user: AuthUser, fairId: string, runId: string): Promise<AllocationRun> {
    await this.context.readable(user, fairId);
    const run = await this.runs.find(fairId, runId);
    if (!run) throw AppError.notFound('Allocation run');
    return run;
  }

  async get(
    user: AuthUser,
    fairId: string,
    runId: string,
    language: Language = 'vi',
  ): Promise<RunDto> {
    const run = await this.find(user, fairId, runId);
    return toRunDto(run, await this.states.version(fairId), language);
  }

  async list(user: AuthUser, fairId: string, language: Language = 'vi'): Promise<RunDto[]> {
    await this.context.readable(user, fairId);
    const [runs, version] = await Promise.all([
      this.runs.recent(fairId, 50),
      this.states.version(fairId),
    ]);
    return runs.map((run) => toRunDto(run, version, language));
  }
}
