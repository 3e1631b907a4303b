import { Module } from '@nestjs/common';
import { AccountsModule } from '@hoicho/accounts';
import { ExhibitorsModule } from '@hoicho/exhibitors';
import { FairsModule } from '@hoicho/fairs';
import { NotificationsModule } from '@hoicho/notifications';
import { BoothCodes } from './catalogue/booth-codes';
import { CatalogueCache } from './catalogue/catalogue-cache';
import { CataloguePagesController } from './catalogue/catalogue-pages.controller';
import { CatalogueReadRepository } from './catalogue/catalogue-read.repository';
import { PublicCatalogueController } from './catalogue/public-catalogue.controller';
import { PublicCatalogueService } from './catalogue/public-catalogue.service';
import {
  FairInquiriesController,
  ProducerInquiriesController,
} from './inquiries/inquiries.controller';
import { InquiriesService } from './inquiries/inquiries.service';
import { LabelsController } from './labels/labels.controller';
import { LabelsService } from './labels/labels.service';
import { ProducerDirectory } from './samples/producer-directory';
import { ProducerSamplesController } from './samples/producer-samples.controller';
import { SampleCustodyService } from './samples/sample-custody.service';
import { SampleEntriesService } from './samples/sample-entries.service';
import { SampleQueryService } from './samples/sample-query.service';
import { ShowcaseSamplesController } from './samples/showcase-samples.controller';
import { FairGate } from './showcases/fair-gate';
import { ShowcaseDeletion } from './showcases/showcase-deletion.service';
import { ShowcasesController } from './showcases/showcases.controller';
import { ShowcasesService } from './showcases/showcases.service';

/**
 * Sample showcases with custody tracking and labels, the public fair catalogue, and buyer
 * inquiries.
 */
@Module({
  imports: [AccountsModule, ExhibitorsModule, FairsModule, NotificationsModule],
  controllers: [
    ShowcasesController,
    ShowcaseSamplesController,
    LabelsController,
    ProducerSamplesController,
    ProducerInquiriesController,
    FairInquiriesController,
    PublicCatalogueController,
    CataloguePagesController,
  ],
  providers: [
    FairGate,
    ProducerDirectory,
    ShowcasesService,
    ShowcaseDeletion,
    SampleQueryService,
    SampleEntriesService,
    SampleCustodyService,
    LabelsService,
    BoothCodes,
    CatalogueCache,
    CatalogueReadRepository,
    PublicCatalogueService,
    InquiriesService,
  ],
  exports: [PublicCatalogueService, CatalogueCache],
})
export class ShowcasesModule {}
