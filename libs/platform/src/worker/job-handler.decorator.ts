import { SetMetadata } from '@nestjs/common';
import { JobName, QueueJob } from '../queue/job-payloads';
import { QueueName } from '../queue/queue-name';

export const JOB_HANDLER = 'hoicho:job-handler';
export const JOB_FAILED = 'hoicho:job-failed';

/** Which job a decorated method handles. */
export interface JobRef {
  queue: QueueName;
  name: string;
}

/** A method decorator that accepts only methods taking `A` and returning a promise. */
type MethodOf<A extends unknown[]> = <T extends (...args: A) => Promise<unknown>>(
  target: object,
  key: string | symbol,
  descriptor: TypedPropertyDescriptor<T>,
) => void;

/**
 * Declares the method that processes every `name` job of `queue`; its parameter is typed by
 * JobPayloads. The worker host finds it at start (a provider of any module it runs with).
 */
export function JobHandler<Q extends QueueName, N extends JobName<Q>>(
  queue: Q,
  name: N,
): MethodOf<[QueueJob<Q, N>]> {
  return (target, key, descriptor) => {
    SetMetadata<string, JobRef>(JOB_HANDLER, { queue, name })(target, key, descriptor);
  };
}

/**
 * Declares what happens when a `name` job of `queue` failed its last attempt (BullMQ keeps it
 * as failed); earlier failures are retried by BullMQ and never reach it. Optional.
 */
export function OnJobFailed<Q extends QueueName, N extends JobName<Q>>(
  queue: Q,
  name: N,
): MethodOf<[QueueJob<Q, N>, Error]> {
  return (target, key, descriptor) => {
    SetMetadata<string, JobRef>(JOB_FAILED, { queue, name })(target, key, descriptor);
  };
}
