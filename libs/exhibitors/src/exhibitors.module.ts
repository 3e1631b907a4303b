import { Module } from '@nestjs/common';
import { AccountsModule } from '@hoicho/accounts';
import { CatalogueService } from './catalogue/catalogue.service';
import { ProducerMembersController } from './producers/members/producer-members.controller';
import { ProducerMembersService } from './producers/members/producer-members.service';
import { ProducerProfileRules } from './producers/producer-profile.rules';
import { ProducerReader } from './producers/producer-reader.service';
import { ProducerSearchService } from './producers/producer-search.service';
import { ProducersController } from './producers/producers.controller';
import { ProducersService } from './producers/producers.service';
import { DiskPhotoStorage } from './products/photos/disk-photo-storage';
import { PHOTO_STORAGE } from './products/photos/photo-storage';
import { ProductPhotosController } from './products/photos/product-photos.controller';
import { ProductPhotosService } from './products/photos/product-photos.service';
import { ProductSearchController } from './products/product-search.controller';
import { ProductsController } from './products/products.controller';
import { ProductsService } from './products/products.service';
import { ReferenceDataController } from './reference/reference-data.controller';
import { ReferenceDataService } from './reference/reference-data.service';
import { CraftVillagesController } from './villages/craft-villages.controller';
import { CraftVillagesService } from './villages/craft-villages.service';

/**
 * Producer organisations and their members, the reference data their profiles use
 * (provinces, communes, crafts, craft villages), and their product and sample catalogue.
 */
@Module({
  imports: [AccountsModule],
  controllers: [
    ProducersController,
    ProducerMembersController,
    ReferenceDataController,
    CraftVillagesController,
    ProductSearchController,
    ProductsController,
    ProductPhotosController,
  ],
  providers: [
    ProducersService,
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
  ],
  exports: [
    ProducersService,
    CatalogueService,
    PHOTO_STORAGE,
    ProductsService,
    CraftVillagesService,
  ],
})
export class ExhibitorsModule {}
