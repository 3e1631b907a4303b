import { Job } from 'bullmq';
import { JOB_NAMES } from '../queue/job-payloads';
import { QueueName } from '../queue/queue-name';
import { DiscoveredMethod } from './discover-methods';
import { JobRef } from './job-handler.decorator';

type Call = (job: Job, error?: Error) => Promise<unknown>;

/** What one queue's consumer runs: a handler per job name, and the optional last-failure hooks. */
export interface ConsumerPlan {
  queue: QueueName;
  handlers: Map<string, Call>;
  onFailed: Map<string, Call>;
}

/**
 * Pairs each job name of the consumed queues with its one handler, or throws naming every job
 * without a handler and every job with two: a worker that started anyway would leave those
 * jobs failing (or run one of two handlers at random) until someone read its log.
 */
export function planConsumers(
  queues: readonly QueueName[],
  handlers: DiscoveredMethod<JobRef>[],
  failHooks: DiscoveredMethod<JobRef>[],
): ConsumerPlan[] {
  const problems: string[] = [];
  const index = (methods: DiscoveredMethod<JobRef>[], what: string) => {
    const byJob = new Map<string, DiscoveredMethod<JobRef>>();
    for (const method of methods) {
      const job = `${method.meta.queue}/${method.meta.name}`;
      const other = byJob.get(job);
      if (other) problems.push(`${job} has two ${what} methods (${other.where}, ${method.where})`);
      byJob.set(job, method);
    }
    return byJob;
  };
  const handlerOf = index(handlers, '@JobHandler');
  const hookOf = index(failHooks, '@OnJobFailed');
  const plans = queues.map((queue) => {
    const plan: ConsumerPlan = { queue, handlers: new Map(), onFailed: new Map() };
    for (const name of Object.keys(JOB_NAMES[queue])) {
      const handler = handlerOf.get(`${queue}/${name}`);
      if (!handler) problems.push(`${queue}/${name} has no @JobHandler`);
      else plan.handlers.set(name, handler.call as Call);
      const hook = hookOf.get(`${queue}/${name}`);
      if (hook) plan.onFailed.set(name, hook.call as Call);
    }
    return plan;
  });
  if (problems.length) throw new Error(`The worker host cannot start: ${problems.join('; ')}`);
  return plans;
}
