import { QueueName } from '../queue/queue-name';
import { planConsumers } from './consumer-plan';
import { DiscoveredMethod } from './discover-methods';
import { JobRef } from './job-handler.decorator';

const method = (queue: QueueName, name: string, call = jest.fn()): DiscoveredMethod<JobRef> => ({
  meta: { queue, name },
  where: `Handler.${name}`,
  call,
});

describe('planConsumers', () => {
  it('gives each consumed queue its handlers and last-failure hooks, by job name', () => {
    const send = jest.fn();
    const visitors = jest.fn();
    const failed = jest.fn();
    const plans = planConsumers(
      [QueueName.Mail, QueueName.Imports],
      [method(QueueName.Mail, 'send', send), method(QueueName.Imports, 'visitors', visitors)],
      [method(QueueName.Imports, 'visitors', failed)],
    );
    expect(plans.map((plan) => plan.queue)).toEqual([QueueName.Mail, QueueName.Imports]);
    expect(plans[0].handlers.get('send')).toBe(send);
    expect(plans[0].onFailed.size).toBe(0);
    expect(plans[1].handlers.get('visitors')).toBe(visitors);
    expect(plans[1].onFailed.get('visitors')).toBe(failed);
  });

  it('names every missing handler and every doubled hook at once', () => {
    expect(() =>
      planConsumers(
        [QueueName.Allocation, QueueName.Campaigns],
        [],
        [method(QueueName.Imports, 'visitors'), method(QueueName.Imports, 'visitors')],
      ),
    ).toThrow(
      'The worker host cannot start: imports/visitors has two @OnJobFailed methods (Handler.visitors, Handler.visitors); ' +
        'allocation/run has no @JobHandler; campaigns/fanOut has no @JobHandler',
    );
  });
});
