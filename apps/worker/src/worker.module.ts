import { DynamicModule, Module } from '@nestjs/common';
import { AllocationWorkerModule } from '@hoicho/allocation';
import { PaymentsWorkerModule } from '@hoicho/payments';
import { InvitationsWorkerModule } from '@hoicho/invitations';
import { NotificationsWorkerModule } from '@hoicho/notifications';
import { PlatformModule, PlatformRuntime, WorkerHostModule } from '@hoicho/platform';

/** Queue processors and sweeps, no HTTP. Production runs N of these beside the api. */
@Module({})
export class WorkerModule {
  static register(runtime: PlatformRuntime): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot(runtime, { http: false }),
        WorkerHostModule,
        NotificationsWorkerModule,
        InvitationsWorkerModule,
        AllocationWorkerModule,
        PaymentsWorkerModule,
      ],
    };
  }
}
