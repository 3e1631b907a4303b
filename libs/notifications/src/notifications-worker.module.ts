import { Module } from '@nestjs/common';
import { NotificationsModule } from './notifications.module';
import { MailTransport } from './transport/mail-transport';
import { DeliverMessage } from './worker/deliver-message';
import { MailWorker } from './worker/mail.worker';
import { OutboxSweeper } from './worker/outbox-sweeper';

/** Sending: the mail worker and the outbox sweep. Runs in apps/worker, or in the api process. */
@Module({
  imports: [NotificationsModule],
  providers: [MailTransport, DeliverMessage, MailWorker, OutboxSweeper],
  exports: [OutboxSweeper],
})
export class NotificationsWorkerModule {}
