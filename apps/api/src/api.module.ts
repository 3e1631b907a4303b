import { DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from '@hoicho/accounts';
import {
  AllocationModule,
  AllocationWorkerModule,
  CatalogueExhibitorsSource,
} from '@hoicho/allocation';
import { ApplicationsModule } from '@hoicho/applications';
import { ExhibitorsModule } from '@hoicho/exhibitors';
import { FairsModule } from '@hoicho/fairs';
import { InvitationsModule, InvitationsWorkerModule } from '@hoicho/invitations';
import { NotificationsModule, NotificationsWorkerModule } from '@hoicho/notifications';
import { PaymentsModule, PaymentsWorkerModule } from '@hoicho/payments';
import { PlatformModule, PlatformRuntime, WorkerHostModule } from '@hoicho/platform';
import { ShowcasesModule } from '@hoicho/showcases';
import { DashboardController } from './dashboard/dashboard.controller';
import { DashboardService } from './dashboard/dashboard.service';
import { DemoModule } from './demo/demo.module';
import { WebAppController } from './web/web-app.controller';

/** The HTTP application; with RUN_WORKERS it also consumes the queues in-process. */
@Module({})
export class ApiModule {
  static register(runtime: PlatformRuntime): DynamicModule {
    const workers = runtime.config.workers.runInProcess
      ? [
          WorkerHostModule,
          NotificationsWorkerModule,
          InvitationsWorkerModule,
          AllocationWorkerModule,
          PaymentsWorkerModule,
        ]
      : [];
    return {
      module: ApiModule,
      imports: [
        PlatformModule.forRoot(runtime, { http: true }),
        NotificationsModule,
        AccountsModule,
        ExhibitorsModule,
        FairsModule,
        ApplicationsModule,
        AllocationModule,
        PaymentsModule,
        InvitationsModule,
        // The catalogue learns who exhibits at a fair from allocation (above showcases).
        ShowcasesModule.register({
          exhibitors: { module: AllocationModule, source: CatalogueExhibitorsSource },
        }),
        DemoModule,
        ...workers,
      ],
      controllers: [WebAppController, DashboardController],
      providers: [DashboardService],
    };
  }
}
