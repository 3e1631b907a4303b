import { Job } from 'bullmq';
import { QueueName } from './queue-name';

/** Job name → payload, per queue: producers and processors share these types. */
export interface JobPayloads {
  [QueueName.Mail]: { send: { messageIds: string[] } };
  [QueueName.Allocation]: { run: { runId: string } };
  [QueueName.Campaigns]: { fanOut: { campaignId: string; reminderId?: string } };
  [QueueName.Imports]: { visitors: { importId: string } };
}

export type JobName<Q extends QueueName> = keyof JobPayloads[Q] & string;
export type JobPayload<Q extends QueueName, N extends JobName<Q>> = JobPayloads[Q][N];
export type QueueJob<Q extends QueueName, N extends JobName<Q>> = Job<JobPayload<Q, N>, unknown, N>;

/**
 * The job names of each queue at run time, so the worker host can refuse to start without a
 * handler for one; the type makes a name added to JobPayloads a compile error here until listed.
 */
export const JOB_NAMES: { [Q in QueueName]: { [N in JobName<Q>]: true } } = {
  [QueueName.Mail]: { send: true },
  [QueueName.Allocation]: { run: true },
  [QueueName.Campaigns]: { fanOut: true },
  [QueueName.Imports]: { visitors: true },
};
