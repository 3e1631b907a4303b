import { Module } from '@nestjs/common';
import { AccountsModule } from '@hoicho/accounts';
import { MailTemplatesModule, NotificationsModule } from '@hoicho/notifications';
import { CatalogueService } from './catalogue/catalogue.service';
import { DocumentRequirements } from './documents/document-requirements.service';
import { DocumentReviewService } from './documents/document-review.service';
import { ProducerDocumentRepository } from './documents/producer-document.repository';
import { ProducerDocumentsController } from './documents/producer-documents.controller';
import { ProducerDocumentsService } from './documents/producer-documents.service';
import { ProducerDisclosureRepository } from './producers/disclosures/producer-disclosure.repository';
import { ProducerDisclosures } from './producers/disclosures/producer-disclosures.service';
import { ProducerContactRepository } from './producers/producer-contact.repository';
import { ProducerMembersController } from './producers/members/producer-members.controller';
import { ProducerMembersService } from './producers/members/producer-members.service';
import { ProducerProfileRules } from './producers/producer-profile.rules';
import { ProducerReader } from './producers/producer-reader.service';
import { ProducerSearchService } from './producers/producer-search.service';
import { ProducersController } from './producers/producers.controller';
import { ProducerRepository } from './producers/producer.repository';
import { ProducersService } from './producers/producers.service';
import { DiskPhotoStorage } from './products/photos/disk-photo-storage';
import { PHOTO_STORAGE } from './products/photos/photo-storage';
import { ProductPhotosController } from './products/photos/product-photos.controller';
import { ProductPhotoRepository } from './products/photos/product-photo.repository';
import { ProductPhotosService } from './products/photos/product-photos.service';
import { ProductSearchController } from './products/product-search.controller';
import { ProductsController } from './products/products.controller';
import { ProductRepository } from './products/product.repository';
import { ProductsService } from './products/products.service';
import { CatalogueFiltersRepository } from './public-catalogue/catalogue-filters.repository';
import { CatalogueIndexRepository } from './public-catalogue/catalogue-index.repository';
import { CatalogueScopesRepository } from './public-catalogue/catalogue-scopes.repository';
import { ProductSearchRepository } from './public-catalogue/product-search.repository';
import { PublicProducersRepository } from './public-catalogue/public-producers.repository';
import { PublicProductsRepository } from './public-catalogue/public-products.repository';
import { ReferenceDataController } from './reference/reference-data.controller';
import { ReferenceDataRepository } from './reference/reference-data.repository';
import { ReferenceDataService } from './reference/reference-data.service';
import { CraftVillageRepository } from './villages/craft-village.repository';
import { CraftVillagesController } from './villages/craft-villages.controller';
import { CraftVillagesService } from './villages/craft-villages.service';
import { EXHIBITOR_MAILS } from './mails';

/**
 * Producer organisations and their members, the reference data their profiles use
 * (provinces, communes, crafts, craft villages), their product and sample catalogue, and the
 * public catalogue's read model of them (public-catalogue/).
 */
@Module({
  imports: [AccountsModule, NotificationsModule, MailTemplatesModule.register(EXHIBITOR_MAILS)],
  controllers: [
    ProducersController,
    ProducerMembersController,
    ReferenceDataController,
    CraftVillagesController,
    ProductSearchController,
    ProductsController,
    ProductPhotosController,
    ProducerDocumentsController,
  ],
  providers: [
    ProducerRepository,
    ProducerContactRepository,
    ProducerDisclosureRepository,
    ProductRepository,
    ProductPhotoRepository,
    ReferenceDataRepository,
    CraftVillageRepository,
    CatalogueIndexRepository,
    CatalogueScopesRepository,
    ProductSearchRepository,
    PublicProductsRepository,
    PublicProducersRepository,
    CatalogueFiltersRepository,
    ProducersService,
    ProducerDisclosures,
    ProducerReader,
    ProducerProfileRules,
    ProducerSearchService,
    ProducerMembersService,
    ReferenceDataService,
    CraftVillagesService,
    ProductsService,
    ProductPhotosService,
    { provide: PHOTO_STORAGE, useClass: DiskPhotoStorage },
    CatalogueService,
    ProducerDocumentRepository,
    ProducerDocumentsService,
    DocumentReviewService,
    DocumentRequirements,
  ],
  exports: [
    ProducersService,
    ProducerDisclosures,
    CatalogueService,
    PHOTO_STORAGE,
    ProductsService,
    CraftVillagesService,
    CatalogueIndexRepository,
    ProductSearchRepository,
    PublicProductsRepository,
    PublicProducersRepository,
    CatalogueFiltersRepository,
    DocumentRequirements,
    ReferenceDataService,
  ],
})
export class ExhibitorsModule {}
