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
import { LabelsService } from './labels/labels.service';
import { ProducerDirectory } from './samples/producer-directory';
import { ProducerSamplesController } from './samples/producer-samples.controller';
import { SamplesService } from './samples/samples.service';
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
    SamplesService,
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
