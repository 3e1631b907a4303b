import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { logQueueErrors, QueueName, TypedQueue } from '@hoicho/platform';

/**
 * The allocation queue. A run's job id is derived from the run, so adding it again while it
 * waits or runs is a no-op: the sweep may re-add a run the queue lost without running it twice.
 */
@Injectable()
export class AllocationQueue {
  readonly queue: TypedQueue<QueueName.Allocation>;

  constructor(@InjectQueue(QueueName.Allocation) queue: Queue) {
    this.queue = new TypedQueue(queue);
    logQueueErrors(queue, new Logger(AllocationQueue.name));
  }

  async addRun(runId: string): Promise<void> {
    await this.queue.add(
      'run',
      { runId },
      {
        jobId: `run-${runId}`,
        attempts: 3,
        backoff: { type: 'exponential', delay: 2000 },
        removeOnComplete: true,
        removeOnFail: { age: 24 * 3600, count: 1000 },
      },
    );
  }
}
