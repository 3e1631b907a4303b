import { BoothAssignmentExportsController } from './exports/booth-assignment-exports.controller';
import { BoothAssignmentExportsService } from './exports/booth-assignment-exports.service';
import { ProducerBoothsController } from './producer-booths/producer-booths.controller';
import { ProducerBoothsService } from './producer-booths/producer-booths.service';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AccountsModule } from '@hoicho/accounts';
import { ApplicationsModule } from '@hoicho/applications';
import { FairsModule } from '@hoicho/fairs';
import { MailTemplatesModule, NotificationsModule } from '@hoicho/notifications';
import { QueueName } from '@hoicho/platform';
import { AllocationController } from './allocation.controller';
import { AllocationContext } from './common/allocation-context';
import { DraftService } from './draft/draft.service';
import { AllocationPinRepository } from './pins/allocation-pin.repository';
import { PinsService } from './pins/pins.service';
import { AllocationPlanService } from './plan/allocation-plan.service';
import { AllocationMail } from './publish/allocation-mail';
import { AllocationStateRepository } from './publish/allocation-state.repository';
import { BoothAssignmentRepository } from './publish/booth-assignment.repository';
import { PublishPreviewService } from './publish/publish-preview.service';
import { PublishService } from './publish/publish.service';
import { BoothAssignmentsReader } from './read-models/booth-assignments.reader';
import { CatalogueExhibitorsSource } from './read-models/catalogue-exhibitors.source';
import { AllocationQueue } from './runs/allocation-queue';
import { AllocationRunRepository } from './runs/allocation-run.repository';
import { RunExecutor } from './runs/run-executor';
import { RunsService } from './runs/runs.service';
import { OfferAnswersService } from './waitlist/offer-answers.service';
import { OfferExpiryService } from './waitlist/offer-expiry.service';
import { OfferPassing } from './waitlist/offer-passing';
import { OfferRoundService } from './waitlist/offer-round.service';
import { OfferViews } from './waitlist/offer-views';
import { WaitlistOfferRepository } from './waitlist/waitlist-offer.repository';
import { WaitlistController } from './waitlist/waitlist.controller';
import { WaitlistViewService } from './waitlist/waitlist-view.service';
import { ALLOCATION_MAILS } from './mails';

/** Booth allocation in the platform: runs, drafts, publication, pins, the waiting list. */
@Module({
  imports: [
    AccountsModule,
    FairsModule,
    ApplicationsModule,
    NotificationsModule,
    MailTemplatesModule.register(ALLOCATION_MAILS),
    BullModule.registerQueue({ name: QueueName.Allocation }),
  ],
  controllers: [
    ProducerBoothsController,
    AllocationController,
    WaitlistController,
    BoothAssignmentExportsController,
  ],
  providers: [
    BoothAssignmentExportsService,
    ProducerBoothsService,
    AllocationRunRepository,
    AllocationStateRepository,
    BoothAssignmentRepository,
    AllocationPinRepository,
    WaitlistOfferRepository,
    AllocationContext,
    AllocationQueue,
    AllocationMail,
    RunsService,
    RunExecutor,
    DraftService,
    PublishService,
    PublishPreviewService,
    PinsService,
    AllocationPlanService,
    OfferPassing,
    OfferViews,
    WaitlistViewService,
    OfferRoundService,
    OfferAnswersService,
    OfferExpiryService,
    BoothAssignmentsReader,
    CatalogueExhibitorsSource,
  ],
  exports: [
    AllocationQueue,
    RunExecutor,
    AllocationRunRepository,
    OfferExpiryService,
    OfferRoundService,
    CatalogueExhibitorsSource,
  ],
})
export class AllocationModule {}
