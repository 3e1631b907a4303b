import { Module } from '@nestjs/common';
import { NotificationsModule } from './notifications.module';
import { MailTransport } from './transport/mail-transport';
import { DeliverMessage } from './worker/deliver-message';
import { MailSendHandler } from './worker/mail-send.handler';
import { OutboxSweeper } from './worker/outbox-sweeper';

/**
 * Sending: the mail queue's handler and the outbox sweep, run by platform's worker host in
 * apps/worker, or in the api process.
 */
@Module({
  imports: [NotificationsModule],
  providers: [MailTransport, DeliverMessage, MailSendHandler, OutboxSweeper],
})
export class NotificationsWorkerModule {}
