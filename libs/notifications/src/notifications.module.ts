import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@hoicho/platform';
import { DeliveryLogController } from './delivery-log/delivery-log.controller';
import { DeliveryLogRepository } from './delivery-log/delivery-log.repository';
import { DeliveryLogService } from './delivery-log/delivery-log.service';
import { PlatformMailController } from './delivery-log/platform-mail.controller';
import { MailQueue } from './outbox/mail-queue';
import { OutboxRepository } from './outbox/outbox.repository';
import { OutboxRequeue } from './outbox/outbox-requeue';
import { OutboxService } from './outbox/outbox.service';
import { SuppressionRepository } from './suppression/suppression.repository';
import { SuppressionService } from './suppression/suppression.service';
import { UnsubscribeController } from './suppression/unsubscribe.controller';
import { UnsubscribePagesController } from './suppression/unsubscribe-pages.controller';
import { MailRegistryModule } from './mail-registry.module';

/** Recording messages, the delivery log and unsubscribes: what the api needs. */
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Mail }), MailRegistryModule],
  controllers: [
    DeliveryLogController,
    PlatformMailController,
    UnsubscribeController,
    UnsubscribePagesController,
  ],
  providers: [
    OutboxRepository,
    DeliveryLogRepository,
    SuppressionRepository,
    OutboxService,
    MailQueue,
    OutboxRequeue,
    DeliveryLogService,
    SuppressionService,
  ],
  exports: [
    OutboxRepository,
    OutboxService,
    MailQueue,
    OutboxRequeue,
    SuppressionService,
    DeliveryLogService,
    MailRegistryModule,
  ],
})
export class NotificationsModule {}
