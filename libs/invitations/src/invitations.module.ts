import { BullModule } from '@nestjs/bullmq';
import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { AccountsModule } from '@hoicho/accounts';
import { FairsModule } from '@hoicho/fairs';
import { NotificationsModule } from '@hoicho/notifications';
import { QueueName } from '@hoicho/platform';
import { CampaignsController } from './campaigns/campaigns.controller';
import { CampaignsService } from './campaigns/campaigns.service';
import { CampaignLetters } from './campaigns/campaign-letters';
import { FanOutService } from './campaigns/fan-out.service';
import { ReminderFanOutService } from './campaigns/reminder-fan-out.service';
import { CheckInController } from './check-in/check-in.controller';
import { CheckInService } from './check-in/check-in.service';
import { FairDirectory } from './common/fair-info';
import { InvitationQueues } from './common/invitation-queues';
import { InvitationTokens } from './common/invitation-tokens';
import { importRawBody } from './imports/import-body.middleware';
import { VisitorImportRunner } from './imports/visitor-import.runner';
import { VisitorImportsController } from './imports/visitor-imports.controller';
import { VisitorImportsService } from './imports/visitor-imports.service';
import { InvitationPagesController } from './rsvp/invitation-pages.controller';
import { RsvpController } from './rsvp/rsvp.controller';
import { RsvpService } from './rsvp/rsvp.service';
import { FairKeysService } from './tickets/fair-keys.service';
import { TicketsService } from './tickets/tickets.service';
import { VisitorErasureService } from './visitors/visitor-erasure.service';
import { VisitorStore } from './visitors/visitor-store';
import { VisitorsController } from './visitors/visitors.controller';
import { VisitorsService } from './visitors/visitors.service';

/** Visitors and imports, campaigns, invitations with RSVP, tickets and gate check-in. */
@Module({
  imports: [
    NotificationsModule,
    AccountsModule,
    FairsModule,
    BullModule.registerQueue({ name: QueueName.Imports }, { name: QueueName.Campaigns }),
  ],
  controllers: [
    VisitorsController,
    VisitorImportsController,
    CampaignsController,
    RsvpController,
    InvitationPagesController,
    CheckInController,
  ],
  providers: [
    FairDirectory,
    InvitationQueues,
    InvitationTokens,
    VisitorStore,
    VisitorsService,
    VisitorErasureService,
    VisitorImportsService,
    VisitorImportRunner,
    CampaignsService,
    CampaignLetters,
    FanOutService,
    ReminderFanOutService,
    RsvpService,
    FairKeysService,
    TicketsService,
    CheckInService,
  ],
  exports: [
    InvitationQueues,
    VisitorsService,
    VisitorImportRunner,
    FanOutService,
    TicketsService,
    FairKeysService,
  ],
})
export class InvitationsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(importRawBody).forRoutes({
      path: 'api/v1/organising-bodies/:bodyId/visitor-imports',
      method: RequestMethod.POST,
    });
  }
}
