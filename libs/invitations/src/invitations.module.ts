import { InvitationExportRepository } from './exports/invitation-export.repository';
import { InvitationExportsController } from './exports/invitation-exports.controller';
import { InvitationExportsService } from './exports/invitation-exports.service';
import { BullModule } from '@nestjs/bullmq';
import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { AccountsModule } from '@hoicho/accounts';
import { FairsModule } from '@hoicho/fairs';
import { MailTemplatesModule, NotificationsModule } from '@hoicho/notifications';
import { QueueName } from '@hoicho/platform';
import { InvitationsAccess } from './access/invitations-access';
import { AudienceRepository } from './campaigns/audience.repository';
import { CampaignEditorService } from './campaigns/campaign-editor.service';
import { CampaignLetters } from './campaigns/campaign-letters';
import { CampaignPreviewService } from './campaigns/campaign-preview.service';
import { CampaignQueryService } from './campaigns/campaign-query.service';
import { CampaignRemindersService } from './campaigns/campaign-reminders.service';
import { CampaignReportsService } from './campaigns/campaign-reports.service';
import { CampaignSendingService } from './campaigns/campaign-sending.service';
import { CampaignRepository } from './campaigns/campaign.repository';
import { CampaignsController } from './campaigns/campaigns.controller';
import { FanOutService } from './campaigns/fan-out.service';
import { ReminderFanOutService } from './campaigns/reminder-fan-out.service';
import { ReminderRepository } from './campaigns/reminder.repository';
import { CheckInStatsService } from './check-in/check-in-stats.service';
import { CheckInController } from './check-in/check-in.controller';
import { CheckInRepository } from './check-in/check-in.repository';
import { CheckInService } from './check-in/check-in.service';
import { GateController } from './check-in/gate.controller';
import { GateKitService } from './check-in/gate-kit.service';
import { GateScanRepository } from './check-in/gate-scan.repository';
import { GateSettingsRepository } from './check-in/gate-settings.repository';
import { GateSettingsService } from './check-in/gate-settings.service';
import { FairDirectory } from './common/fair-info';
import { InvitationQueues } from './common/invitation-queues';
import { InvitationTokens } from './common/invitation-tokens';
import { importRawBody } from './imports/import-body.middleware';
import { ImportDuplicateRepository } from './imports/import-duplicate.repository';
import { ImportErrorRepository } from './imports/import-error.repository';
import { ImportMergeRepository } from './imports/import-merge.repository';
import { ImportStageRepository } from './imports/import-stage.repository';
import { VisitorImportRepository } from './imports/visitor-import.repository';
import { VisitorImportRunner } from './imports/visitor-import.runner';
import { VisitorImportsController } from './imports/visitor-imports.controller';
import { VisitorImportsService } from './imports/visitor-imports.service';
import { FairPageService } from './pages/fair-page.service';
import { FairPagesController } from './pages/fair-pages.controller';
import { InvitationPagesController } from './pages/invitation-pages.controller';
import { TicketFilesService } from './pages/ticket-files.service';
import { TicketPagesController } from './pages/ticket-pages.controller';
import { InvitationReportRepository } from './rsvp/invitation-report.repository';
import { InvitationViews } from './rsvp/invitation-views';
import { InvitationRepository } from './rsvp/invitation.repository';
import { RegistrationService } from './rsvp/registration.service';
import { RsvpController } from './rsvp/rsvp.controller';
import { RsvpService } from './rsvp/rsvp.service';
import { TicketMail } from './rsvp/ticket-mail';
import { FairKeyRepository } from './tickets/fair-key.repository';
import { FairKeysService } from './tickets/fair-keys.service';
import { GateTicketsService } from './tickets/gate-tickets.service';
import { TicketRepository } from './tickets/ticket.repository';
import { TicketsService } from './tickets/tickets.service';
import { VisitorErasureService } from './visitors/visitor-erasure.service';
import { VisitorListMerger } from './visitors/visitor-list-merger';
import { VisitorRepository } from './visitors/visitor.repository';
import { VisitorsController } from './visitors/visitors.controller';
import { VisitorsService } from './visitors/visitors.service';
import { VisitorBulkService } from './visitors/visitor-bulk.service';
import { CampaignProgressController } from './campaigns/campaign-progress.controller';
import { CampaignProgressRepository } from './campaigns/campaign-progress.repository';
import { CampaignProgressService } from './campaigns/campaign-progress.service';
import { INVITATION_MAILS } from './mails';

const REPOSITORIES = [
  VisitorRepository,
  VisitorImportRepository,
  ImportErrorRepository,
  ImportDuplicateRepository,
  ImportStageRepository,
  ImportMergeRepository,
  CampaignRepository,
  ReminderRepository,
  AudienceRepository,
  InvitationRepository,
  InvitationReportRepository,
  TicketRepository,
  FairKeyRepository,
  CheckInRepository,
  GateScanRepository,
  GateSettingsRepository,
];

/** Visitors and imports, campaigns, invitations with RSVP, tickets and gate check-in. */
@Module({
  imports: [
    NotificationsModule,
    MailTemplatesModule.register(INVITATION_MAILS),
    AccountsModule,
    FairsModule,
    BullModule.registerQueue({ name: QueueName.Imports }, { name: QueueName.Campaigns }),
  ],
  controllers: [
    InvitationExportsController,
    VisitorsController,
    VisitorImportsController,
    CampaignsController,
    CampaignProgressController,
    RsvpController,
    InvitationPagesController,
    TicketPagesController,
    FairPagesController,
    CheckInController,
    GateController,
  ],
  providers: [
    ...REPOSITORIES,
    InvitationExportRepository,
    InvitationExportsService,
    InvitationsAccess,
    FairDirectory,
    InvitationQueues,
    InvitationTokens,
    VisitorListMerger,
    VisitorsService,
    VisitorBulkService,
    CampaignProgressRepository,
    CampaignProgressService,
    VisitorErasureService,
    VisitorImportsService,
    VisitorImportRunner,
    CampaignQueryService,
    CampaignEditorService,
    CampaignPreviewService,
    CampaignSendingService,
    CampaignRemindersService,
    CampaignReportsService,
    CampaignLetters,
    FanOutService,
    ReminderFanOutService,
    InvitationViews,
    TicketMail,
    RsvpService,
    RegistrationService,
    FairPageService,
    TicketFilesService,
    FairKeysService,
    TicketsService,
    GateTicketsService,
    CheckInService,
    CheckInStatsService,
    GateSettingsService,
    GateKitService,
  ],
  exports: [
    InvitationQueues,
    VisitorImportRepository,
    CampaignRepository,
    ReminderRepository,
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
