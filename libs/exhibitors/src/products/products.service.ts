import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppError, Page, pageOf, TransactionRunner } from '@hoicho/platform';
import { EntityManager } from 'typeorm';
import { ProducerRepository } from '../producers/producer.repository';
import { CatalogueIndexRepository } from '../public-catalogue/catalogue-index.repository';
import { CreateProductDto, UpdateProductDto } from './dto/product-input.dto';
import { AllProductsQueryDto, ProductDto } from './dto/product-view.dto';
import { PHOTO_STORAGE, PhotoStorage } from './photos/photo-storage';
import { ProductPhotoRepository } from './photos/product-photo.repository';
import { Product } from './product.entity';
import { ProductRepository } from './product.repository';
import { applyProductChange } from './product.rules';
import { toProductDto } from './product.view';
import { pageWindow } from '../common/page-window';

/**
 * A producer's catalogue. Every query is scoped by the producer as well as the product id; a
 * write refreshes the product's catalogue index row in its transaction.
 */
@Injectable()
export class ProductsService {
  private readonly logger = new Logger(ProductsService.name);

  constructor(
    private readonly products: ProductRepository,
    private readonly photos: ProductPhotoRepository,
    private readonly producers: ProducerRepository,
    private readonly catalogueIndex: CatalogueIndexRepository,
    private readonly transactions: TransactionRunner,
    @Inject(PHOTO_STORAGE) private readonly storage: PhotoStorage,
  ) {}

  async create(producerId: string, dto: CreateProductDto): Promise<ProductDto> {
    if (!(await this.producers.exists(producerId))) throw AppError.notFound('Producer');
    const values = applyProductChange(undefined, dto);
    const id = await this.transactions.run(async ({ manager }) => {
      const productId = await this.products.insert(manager, producerId, values);
      await this.catalogueIndex.refreshProducts(manager, [productId]);
      return productId;
    });
    return this.view(producerId, id);
  }

  async update(producerId: string, productId: string, dto: UpdateProductDto): Promise<ProductDto> {
    await this.transactions.run(async ({ manager }) => {
      const current = await this.lockedProduct(manager, producerId, productId);
      await this.products.update(manager, { ...current, ...applyProductChange(current, dto) });
      await this.catalogueIndex.refreshProducts(manager, [productId]);
    });
    return this.view(producerId, productId);
  }

  async remove(producerId: string, productId: string): Promise<void> {
    const keys = await this.transactions.run(async ({ manager }) => {
      await this.lockedProduct(manager, producerId, productId);
      const storageKeys = await this.photos.storageKeysOf(manager, productId);
      await this.products.delete(manager, producerId, productId);
      return storageKeys;
    });
    // Files go after the commit: a failed delete leaves an orphan file, never a broken row.
    for (const key of keys) {
      await this.storage.remove(key).catch((error: Error) => this.logger.warn(error.message));
    }
  }

  async product(producerId: string, productId: string): Promise<Product> {
    const product = await this.products.findOfProducer(producerId, productId);
    if (!product) throw AppError.notFound('Product');
    return product;
  }

  async view(producerId: string, productId: string): Promise<ProductDto> {
    const product = await this.product(producerId, productId);
    return (await this.withPhotos([product]))[0];
  }

  /** One producer's products, or (without producerId) everyone's, in Vietnamese order. */
  async list(query: AllProductsQueryDto): Promise<Page<ProductDto>> {
    const { ids, total } = await this.products.search({ ...query, ...pageWindow(query) });
    const byId = new Map((await this.products.byIds(ids)).map((p) => [p.id, p]));
    return pageOf(await this.withPhotos(ids.map((id) => byId.get(id)!)), total, query);
  }

  private async withPhotos(products: Product[]): Promise<ProductDto[]> {
    const photos = await this.photos.ofProducts(products.map((p) => p.id));
    return products.map((p) =>
      toProductDto(
        p,
        photos.filter((photo) => photo.productId === p.id),
      ),
    );
  }

  private async lockedProduct(manager: EntityManager, producerId: string, productId: string) {
    const product = await this.products.lockOfProducer(manager, producerId, productId);
    if (!product) throw AppError.notFound('Product');
    return product;
  }
}
