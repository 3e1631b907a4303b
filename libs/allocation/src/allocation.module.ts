import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AccountsModule } from '@hoicho/accounts';
import { ApplicationsModule } from '@hoicho/applications';
import { FairsModule } from '@hoicho/fairs';
import { NotificationsModule } from '@hoicho/notifications';
import { QueueName } from '@hoicho/platform';
import { AllocationController } from './allocation.controller';
import { AllocationContext } from './common/allocation-context';
import { DraftService } from './draft/draft.service';
import { PinsService } from './pins/pins.service';
import { AllocationPlanService } from './plan/allocation-plan.service';
import { AllocationMail } from './publish/allocation-mail';
import { PublishService } from './publish/publish.service';
import { AllocationQueue } from './runs/allocation-queue';
import { RunExecutor } from './runs/run-executor';
import { RunsService } from './runs/runs.service';
import { WaitlistController } from './waitlist/waitlist.controller';
import { WaitlistService } from './waitlist/waitlist.service';

/** Booth allocation in the platform: runs, drafts, publication, pins, the waiting list. */
@Module({
  imports: [
    AccountsModule,
    FairsModule,
    ApplicationsModule,
    NotificationsModule,
    BullModule.registerQueue({ name: QueueName.Allocation }),
  ],
  controllers: [AllocationController, WaitlistController],
  providers: [
    AllocationContext,
    AllocationQueue,
    AllocationMail,
    RunsService,
    RunExecutor,
    DraftService,
    PublishService,
    PinsService,
    AllocationPlanService,
    WaitlistService,
  ],
  exports: [AllocationQueue, RunExecutor, WaitlistService],
})
export class AllocationModule {}
