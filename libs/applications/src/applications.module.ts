import { ApplicationExportRepository } from './exports/application-export.repository';
import { SupportDossierController } from './exports/dossier/support-dossier.controller';
import { SupportDossierRepository } from './exports/dossier/support-dossier.repository';
import { SupportDossierService } from './exports/dossier/support-dossier.service';
import { ApplicationExportsController } from './exports/application-exports.controller';
import { ApplicationExportsService } from './exports/application-exports.service';
import { ApplicationOwnership } from './progress/application-ownership';
import { ApplicationPreviewController } from './progress/application-preview.controller';
import { ApplicationProgressController } from './progress/application-progress.controller';
import { ApplicationProgressService } from './progress/application-progress.service';
import { Module } from '@nestjs/common';
import { AccountsModule } from '@hoicho/accounts';
import { ExhibitorsModule } from '@hoicho/exhibitors';
import { FairsModule } from '@hoicho/fairs';
import { MailTemplatesModule, NotificationsModule } from '@hoicho/notifications';
import { AllocationApplicantsService } from './allocation/allocation-applicants.service';
import { AllocationPricingService } from './allocation/allocation-pricing.service';
import { WaitlistApprovalService } from './allocation/waitlist-approval.service';
import { WaitlistQueueService } from './allocation/waitlist-queue.service';
import { ApplicationsService } from './applications.service';
import { ApplicationLedgerRepository } from './ledger/application-ledger.repository';
import { ApplicationLedger } from './ledger/application-ledger.service';
import { ApplicationsDemoService } from './demo/applications-demo.service';
import { ApplicationEventRepository } from './entities/application-event.repository';
import { ApplicationSettingsRepository } from './entities/application-settings.repository';
import { ApplicationRepository } from './entities/application.repository';
import { ApplicationReadsRepository } from './entities/application-reads.repository';
import { ReviewListRepository } from './entities/review-list.repository';
import { ApplicationFormService } from './forms/application-form.service';
import { ApplicationSubmissionService } from './forms/application-submission.service';
import { ApplicationWishes } from './forms/application-wishes';
import { ApplicationWithdrawalService } from './forms/application-withdrawal.service';
import { DraftApplicationsService } from './forms/draft-applications.service';
import { OwnApplications } from './forms/own-applications';
import { ProducerApplicationsController } from './forms/producer-applications.controller';
import { ProducerFairs } from './forms/producer-fairs';
import { SubmissionReceipts } from './forms/submission-receipts';
import { ProducerDirectory } from './producers/producer-directory.service';
import { ApplicationQueryService } from './review/application-query.service';
import { ApprovalPricing } from './review/approval-pricing';
import { DecisionLetters } from './review/decision-letters';
import { DepositDueDays } from './review/deposit-due-days';
import { DecisionReleaseService } from './review/decision-release.service';
import { DecisionService } from './review/decision.service';
import { PriorityOverrideService } from './review/priority-override.service';
import { PriorityService } from './review/priority.service';
import { ReleasePreviewService } from './review/release-preview.service';
import { ReviewAccess } from './review/review-context';
import { ReviewController } from './review/review.controller';
import { ApplicationSettingsService } from './settings/application-settings.service';
import { APPLICATION_MAILS } from './mails';

/** Applications to fairs, their review with staged decisions, priorities, fees and subsidies. */
@Module({
  imports: [
    AccountsModule,
    ExhibitorsModule,
    FairsModule,
    NotificationsModule,
    MailTemplatesModule.register(APPLICATION_MAILS),
  ],
  controllers: [
    ApplicationExportsController,
    SupportDossierController,
    ApplicationPreviewController,
    ApplicationProgressController,
    ProducerApplicationsController,
    ReviewController,
  ],
  providers: [
    ApplicationLedger,
    ApplicationLedgerRepository,
    SupportDossierRepository,
    SupportDossierService,
    ApplicationExportRepository,
    ApplicationExportsService,
    ApplicationOwnership,
    ApplicationProgressService,
    ApplicationRepository,
    ReviewListRepository,
    ApplicationEventRepository,
    ApplicationSettingsRepository,
    ProducerDirectory,
    ApplicationSettingsService,
    PriorityService,
    ProducerFairs,
    ApplicationWishes,
    OwnApplications,
    ApplicationFormService,
    DraftApplicationsService,
    ApplicationSubmissionService,
    SubmissionReceipts,
    ApplicationWithdrawalService,
    ReviewAccess,
    ApprovalPricing,
    ApplicationQueryService,
    DecisionService,
    DecisionLetters,
    DepositDueDays,
    DecisionReleaseService,
    ReleasePreviewService,
    PriorityOverrideService,
    ApplicationsService,
    ApplicationsDemoService,
    AllocationApplicantsService,
    WaitlistQueueService,
    WaitlistApprovalService,
    AllocationPricingService,
    ApplicationReadsRepository,
  ],
  exports: [
    ApplicationLedger,
    DepositDueDays,
    ApplicationOwnership,
    ApplicationsService,
    ApplicationsDemoService,
    AllocationApplicantsService,
    WaitlistQueueService,
    WaitlistApprovalService,
    AllocationPricingService,
    DraftApplicationsService,
    ApplicationSubmissionService,
    ApplicationWithdrawalService,
    ApplicationReadsRepository,
  ],
})
export class ApplicationsModule {}
