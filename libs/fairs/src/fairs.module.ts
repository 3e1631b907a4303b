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
import { FairReadiness } from './fairs/fair-readiness';
import { FairRepository } from './fairs/fair.repository';
import { FairStatusLogRepository } from './fairs/fair-status-log.repository';
import { FairsController } from './fairs/fairs.controller';
import { BoothTypesController } from './plan/booth-types.controller';
import { BoothTypeRepository } from './plan/booth-type.repository';
import { BoothTypesService } from './plan/booth-types.service';
import { BoothShapeController } from './plan/booth-shape.controller';
import { BoothShapeService } from './plan/booth-shape.service';
import { BoothsController } from './plan/booths.controller';
import { BoothsService } from './plan/booths.service';
import { planCsvBody } from './plan/plan-body.middleware';
import { PlanGridService } from './plan/plan-grid.service';
import { PlanImportService } from './plan/plan-import.service';
import { PlanReaderService } from './plan/plan-reader.service';
import { PlanRepository } from './plan/plan.repository';
import { PlanController } from './plan/plan.controller';
import { ZonesController } from './plan/zones.controller';
import { ZoneRepository } from './plan/zone.repository';
import { ZonesService } from './plan/zones.service';
import { ProgrammeSupportBudgets, SupportBudgets } from './support/support-budgets';
import { SupportProgrammeRepository } from './support/support-programme.repository';
import { BoothCodesReader } from './read-models/booth-codes.reader';
import { PublicFairsReader } from './read-models/public-fairs.reader';
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
    BoothShapeController,
    PlanController,
    SupportProgrammesController,
    FairCallsController,
  ],
  providers: [
    FairRepository,
    FairStatusLogRepository,
    ZoneRepository,
    BoothTypeRepository,
    PlanRepository,
    SupportProgrammeRepository,
    FairAccess,
    FairReadiness,
    FairEditorService,
    FairQueryService,
    FairStatusService,
    ZonesService,
    BoothTypesService,
    BoothsService,
    BoothShapeService,
    PlanReaderService,
    PlanGridService,
    PlanImportService,
    SupportProgrammesService,
    { provide: SupportBudgets, useClass: ProgrammeSupportBudgets },
    FairsService,
    OpenFairsRepository,
    FairCallsService,
    PublicFairsReader,
    BoothCodesReader,
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
    SupportBudgets,
    PublicFairsReader,
    BoothCodesReader,
  ],
})
export class FairsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(planCsvBody)
      .forRoutes({ path: 'api/v1/fairs/:fairId/plan/import', method: RequestMethod.POST });
  }
}
