import { JobsOptions, Queue } from 'bullmq';
import { JobName, JobPayload } from './job-payloads';
import { QueueName } from './queue-name';

/** A queue whose job names and payloads are checked against JobPayloads. */
export class TypedQueue<Q extends QueueName> {
  constructor(readonly raw: Queue) {}

  add<N extends JobName<Q>>(name: N, payload: JobPayload<Q, N>, options?: JobsOptions) {
    return this.raw.add(name, payload, options);
  }

  addBulk<N extends JobName<Q>>(jobs: { name: N; data: JobPayload<Q, N>; opts?: JobsOptions }[]) {
    return this.raw.addBulk(jobs);
  }
}
