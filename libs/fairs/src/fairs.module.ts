import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { AccountsModule } from '@hoicho/accounts';
import { FairCallsController } from './calls/fair-calls.controller';
import { FairCallsService } from './calls/fair-calls.service';
import { OpenFairsRepository } from './calls/open-fairs.repository';
import { FairAccess } from './common/fair-access.service';
import { FairsService } from './fairs.service';
import { BodyFairsController } from './fairs/body-fairs.controller';
import { FairEditorService } from './fairs/fair-editor.service';
import { FairQueryService } from './fairs/fair-query.service';
import { FairStatusService } from './fairs/fair-status.service';
import { FairsController } from './fairs/fairs.controller';
import { BoothTypesController } from './plan/booth-types.controller';
import { BoothTypesService } from './plan/booth-types.service';
import { BoothsController } from './plan/booths.controller';
import { BoothsService } from './plan/booths.service';
import { planCsvBody } from './plan/plan-body.middleware';
import { PlanGridService } from './plan/plan-grid.service';
import { PlanImportService } from './plan/plan-import.service';
import { PlanReaderService } from './plan/plan-reader.service';
import { PlanStore } from './plan/plan-store.service';
import { PlanController } from './plan/plan.controller';
import { ZonesController } from './plan/zones.controller';
import { ZonesService } from './plan/zones.service';
import { SupportBudgetService } from './support/support-budget.service';
import { SupportProgrammesController } from './support/support-programmes.controller';
import { SupportProgrammesService } from './support/support-programmes.service';

/** Fairs and their status, floor plans (zones, booth types, booths), support programmes. */
@Module({
  imports: [AccountsModule],
  controllers: [
    BodyFairsController,
    FairsController,
    ZonesController,
    BoothTypesController,
    BoothsController,
    PlanController,
    SupportProgrammesController,
    FairCallsController,
  ],
  providers: [
    FairAccess,
    FairEditorService,
    FairQueryService,
    FairStatusService,
    ZonesService,
    BoothTypesService,
    BoothsService,
    PlanStore,
    PlanReaderService,
    PlanGridService,
    PlanImportService,
    SupportProgrammesService,
    SupportBudgetService,
    FairsService,
    OpenFairsRepository,
    FairCallsService,
  ],
  exports: [
    FairsService,
    FairEditorService,
    FairQueryService,
    FairStatusService,
    ZonesService,
    BoothTypesService,
    PlanGridService,
    SupportProgrammesService,
  ],
})
export class FairsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(planCsvBody)
      .forRoutes({ path: 'api/v1/fairs/:fairId/plan/import', method: RequestMethod.POST });
  }
}
