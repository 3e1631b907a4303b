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
