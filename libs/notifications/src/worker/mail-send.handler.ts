import { Injectable } from '@nestjs/common';
import { JobHandler, QueueJob, QueueName } from '@hoicho/platform';
import { DeliverMessage } from './deliver-message';

/** The mail queue's jobs: each carries the outbox rows of one batch to deliver. */
@Injectable()
export class MailSendHandler {
  constructor(private readonly deliver: DeliverMessage) {}

  @JobHandler(QueueName.Mail, 'send')
  send(job: QueueJob<QueueName.Mail, 'send'>): Promise<unknown> {
    return this.deliver.deliverAll(job.data.messageIds);
  }
}
