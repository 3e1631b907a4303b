import { Module } from '@nestjs/common';
import { AccountsModule } from '@hoicho/accounts';
import { ExhibitorsModule } from '@hoicho/exhibitors';
import { FairsModule } from '@hoicho/fairs';
import { NotificationsModule } from '@hoicho/notifications';
import { AllocationApplicantsService } from './allocation/allocation-applicants.service';
import { ApplicationsService } from './applications.service';
import { ApplicationsDemoService } from './demo/applications-demo.service';
import { ApplicationFormService } from './forms/application-form.service';
import { ProducerApplicationsController } from './forms/producer-applications.controller';
import { ProducerDirectory } from './producers/producer-directory.service';
import { ApplicationQueryService } from './review/application-query.service';
import { PriorityService } from './review/priority.service';
import { ReviewController } from './review/review.controller';
import { ReviewService } from './review/review.service';
import { ApplicationSettingsService } from './settings/application-settings.service';

/** Applications to fairs, their review with staged decisions, priorities, fees and subsidies. */
@Module({
  imports: [AccountsModule, ExhibitorsModule, FairsModule, NotificationsModule],
  controllers: [ProducerApplicationsController, ReviewController],
  providers: [
    ProducerDirectory,
    ApplicationSettingsService,
    PriorityService,
    ApplicationQueryService,
    ApplicationFormService,
    ReviewService,
    ApplicationsService,
    ApplicationsDemoService,
    AllocationApplicantsService,
  ],
  exports: [
    ApplicationsService,
    ApplicationsDemoService,
    AllocationApplicantsService,
    ApplicationFormService,
  ],
})
export class ApplicationsModule {}
