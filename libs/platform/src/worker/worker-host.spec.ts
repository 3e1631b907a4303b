import { Injectable } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { QueueJob } from '../queue/job-payloads';
import { QueueName } from '../queue/queue-name';
import { JobHandler, OnJobFailed } from './job-handler.decorator';
import { WorkerHost } from './worker-host';

@Injectable()
class MailHandler {
  readonly sent: string[][] = [];

  @JobHandler(QueueName.Mail, 'send')
  async send(job: QueueJob<QueueName.Mail, 'send'>): Promise<void> {
    this.sent.push(job.data.messageIds);
  }
}

@Injectable()
class SecondMailHandler {
  @JobHandler(QueueName.Mail, 'send')
  async send(): Promise<void> {}
}

@Injectable()
class ImportHandler {
  @JobHandler(QueueName.Imports, 'visitors')
  async run(): Promise<void> {}

  @OnJobFailed(QueueName.Imports, 'visitors')
  async failed(): Promise<void> {}
}

/** A host consuming `queues` beside `handlers`, started the way an app starts it. */
async function start(queues: QueueName[], handlers: (new () => object)[]) {
  const config = {
    workers: { queues, mailConcurrency: 1, mailRatePerSecond: 0, mailLeaseMs: 60_000 },
    redis: { url: 'redis://127.0.0.1:1', prefix: 'unit' },
  } as unknown as AppConfig;
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [WorkerHost, { provide: APP_CONFIG, useValue: config }, ...handlers],
  }).compile();
  return moduleRef.init();
}

describe('WorkerHost', () => {
  it('refuses to start when a job of a consumed queue has no handler, naming it', async () => {
    await expect(start([QueueName.Mail, QueueName.Imports], [MailHandler])).rejects.toThrow(
      'The worker host cannot start: imports/visitors has no @JobHandler',
    );
  });

  it('refuses to start when two methods handle one job, naming both', async () => {
    await expect(start([QueueName.Mail], [MailHandler, SecondMailHandler])).rejects.toThrow(
      'mail/send has two @JobHandler methods (MailHandler.send, SecondMailHandler.send)',
    );
  });

  it('checks only the queues it consumes', async () => {
    // The imports handler is no use to a host consuming mail only, and no imports handler is asked for.
    await expect(start([QueueName.Mail], [ImportHandler])).rejects.toThrow(
      /^The worker host cannot start: mail\/send has no @JobHandler$/,
    );
  });
});
