import { DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from '@hoicho/accounts';
import { ExhibitorsModule } from '@hoicho/exhibitors';
import { FairsModule } from '@hoicho/fairs';
import { NotificationsModule, NotificationsWorkerModule } from '@hoicho/notifications';
import { PlatformModule, PlatformRuntime } from '@hoicho/platform';
import { DemoSeeder } from './demo/demo.seeder';

/** The HTTP application; with RUN_WORKERS it also consumes the queues in-process. */
@Module({})
export class ApiModule {
  static register(runtime: PlatformRuntime): DynamicModule {
    const workers = runtime.config.workers.runInProcess ? [NotificationsWorkerModule] : [];
    return {
      module: ApiModule,
      imports: [
        PlatformModule.forRoot(runtime, { http: true }),
        NotificationsModule,
        AccountsModule,
        ExhibitorsModule,
        FairsModule,
        ...workers,
      ],
      providers: [DemoSeeder],
    };
  }
}
