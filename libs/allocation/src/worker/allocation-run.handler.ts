import { Injectable, Logger } from '@nestjs/common';
import { JobHandler, OnJobFailed, QueueJob, QueueName } from '@hoicho/platform';
import { RunExecutor } from '../runs/run-executor';

/** The allocation queue's jobs: each runs the engine for one recorded run. */
@Injectable()
export class AllocationRunHandler {
  private readonly logger = new Logger(AllocationRunHandler.name);

  constructor(private readonly executor: RunExecutor) {}

  @JobHandler(QueueName.Allocation, 'run')
  run(job: QueueJob<QueueName.Allocation, 'run'>): Promise<unknown> {
    return this.executor.execute(job.data.runId, (progress) => job.updateProgress(progress));
  }

  @OnJobFailed(QueueName.Allocation, 'run')
  async failed(job: QueueJob<QueueName.Allocation, 'run'>, error: Error): Promise<void> {
    this.logger.error(`allocation run ${job.data.runId} failed: ${error.message}`);
    await this.executor.fail(job.data.runId, `The run stopped: ${error.message}`);
  }
}
