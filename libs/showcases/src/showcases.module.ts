import { DynamicModule, Module, Type } from '@nestjs/common';
import { AccountsModule } from '@hoicho/accounts';
import { ExhibitorsModule } from '@hoicho/exhibitors';
import { FairsModule } from '@hoicho/fairs';
import { MailTemplatesModule, NotificationsModule } from '@hoicho/notifications';
import { CatalogueCache } from './catalogue/catalogue-cache';
import { CatalogueFilters } from './catalogue/catalogue-filters';
import { CataloguePagesController } from './catalogue/catalogue-pages.controller';
import { CatalogueSearchService } from './catalogue/catalogue-search.service';
import { ExhibitorDirectoryService } from './catalogue/exhibitor-directory.service';
import { FAIR_EXHIBITOR_SOURCE, FairExhibitorSource } from './catalogue/fair-exhibitor-source';
import { FairRoster } from './catalogue/fair-roster';
import { PublicCatalogueController } from './catalogue/public-catalogue.controller';
import { PublicFairsService } from './catalogue/public-fairs.service';
import { PublicProductService } from './catalogue/public-product.service';
import { PublicShowcasesRepository } from './catalogue/public-showcases.repository';
import { PublicShowcasesService } from './catalogue/public-showcases.service';
import {
  FairInquiriesController,
  ProducerInquiriesController,
} from './inquiries/inquiries.controller';
import { InquiryFormService } from './inquiries/inquiry-form.service';
import { InquirySubmissionService } from './inquiries/inquiry-submission.service';
import { InquirySummaryService } from './inquiries/inquiry-summary.service';
import { InquiryRepository } from './inquiries/inquiry.repository';
import { ProducerInquiriesService } from './inquiries/producer-inquiries.service';
import { LabelsController } from './labels/labels.controller';
import { LabelsService } from './labels/labels.service';
import { CustodyEventRepository } from './samples/custody-event.repository';
import { InquiryExportsController } from './inquiries/inquiry-exports.controller';
import { UnreturnedTotalsReader } from './samples/unreturned-totals.reader';
import { InvitationMail } from './samples/invitation-mail';
import { CustodyMail } from './samples/custody-mail';
import { EntryDecisionsService } from './samples/entry-decisions.service';
import { LabelCounterRepository } from './samples/label-counter.repository';
import { ProducerDirectory } from './samples/producer-directory';
import { ProducerSamplesController } from './samples/producer-samples.controller';
import { SampleCustodyService } from './samples/sample-custody.service';
import { SampleEntriesService } from './samples/sample-entries.service';
import { SampleQueryService } from './samples/sample-query.service';
import { SampleReportRepository } from './samples/sample-report.repository';
import { ShowcaseSampleRepository } from './samples/showcase-sample.repository';
import { ShowcaseSamplesController } from './samples/showcase-samples.controller';
import { UnreturnedReportService } from './samples/unreturned-report.service';
import { FairGate } from './showcases/fair-gate';
import { ShowcaseDeletion } from './showcases/showcase-deletion.service';
import { ShowcaseRepository } from './showcases/showcase.repository';
import { ShowcasesController } from './showcases/showcases.controller';
import { ShowcasesService } from './showcases/showcases.service';
import { SHOWCASE_MAILS } from './mails';

/** What the application binds the showcases' ports to. */
export interface ShowcasesModuleOptions {
  /** Who exhibits at a fair (allocation's CatalogueExhibitorsSource), and the module providing it. */
  exhibitors: { module: Type | DynamicModule; source: Type<FairExhibitorSource> };
}

/**
 * Sample showcases with custody tracking and labels, the public fair catalogue, and buyer
 * inquiries. Import it through `register`, which binds the catalogue's FairExhibitorSource.
 */
@Module({
  imports: [
    AccountsModule,
    ExhibitorsModule,
    FairsModule,
    NotificationsModule,
    MailTemplatesModule.register(SHOWCASE_MAILS),
  ],
  controllers: [
    InquiryExportsController,
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
    ShowcaseRepository,
    ShowcaseSampleRepository,
    SampleReportRepository,
    CustodyEventRepository,
    LabelCounterRepository,
    InquiryRepository,
    PublicShowcasesRepository,
    FairGate,
    ProducerDirectory,
    ShowcasesService,
    ShowcaseDeletion,
    SampleQueryService,
    SampleEntriesService,
    EntryDecisionsService,
    SampleCustodyService,
    CustodyMail,
    InvitationMail,
    UnreturnedTotalsReader,
    UnreturnedReportService,
    LabelsService,
    CatalogueCache,
    CatalogueFilters,
    FairRoster,
    PublicFairsService,
    ExhibitorDirectoryService,
    CatalogueSearchService,
    PublicProductService,
    PublicShowcasesService,
    InquiryFormService,
    InquirySubmissionService,
    ProducerInquiriesService,
    InquirySummaryService,
  ],
  exports: [CatalogueSearchService, CatalogueCache, UnreturnedTotalsReader],
})
export class ShowcasesModule {
  static register(options: ShowcasesModuleOptions): DynamicModule {
    return {
      module: ShowcasesModule,
      imports: [options.exhibitors.module],
      providers: [{ provide: FAIR_EXHIBITOR_SOURCE, useExisting: options.exhibitors.source }],
    };
  }
}
