import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppError, Page, pageOf, TransactionRunner } from '@hoicho/platform';
import { DataSource, EntityManager, In } from 'typeorm';
import { searchConditions } from '../common/search-words';
import { Producer } from '../producers/producer.entity';
import { CreateProductDto, UpdateProductDto } from './dto/product-input.dto';
import { AllProductsQueryDto, ProductDto } from './dto/product-view.dto';
import { PHOTO_STORAGE, PhotoStorage } from './photos/photo-storage';
import { ProductPhoto } from './photos/product-photo.entity';
import { Product } from './product.entity';
import { applyProductChange } from './product.rules';
import { toProductDto } from './product.view';

/** A producer's catalogue. Every query is scoped by the producer as well as the product id. */
@Injectable()
export class ProductsService {
  private readonly logger = new Logger(ProductsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    @Inject(PHOTO_STORAGE) private readonly storage: PhotoStorage,
  ) {}

  async create(producerId: string, dto: CreateProductDto): Promise<ProductDto> {
    if (!(await this.dataSource.getRepository(Producer).existsBy({ id: producerId })))
      throw AppError.notFound('Producer');
    const values = applyProductChange(undefined, dto);
    const saved = await this.dataSource.getRepository(Product).save({ ...values, producerId });
    return this.view(producerId, saved.id);
  }

  async update(producerId: string, productId: string, dto: UpdateProductDto): Promise<ProductDto> {
    await this.transactions.run(async ({ manager }) => {
      const current = await this.lockedProduct(manager, producerId, productId);
      await manager
        .getRepository(Product)
        .save({ ...current, ...applyProductChange(current, dto) });
    });
    return this.view(producerId, productId);
  }

  async remove(producerId: string, productId: string): Promise<void> {
    const keys = await this.transactions.run(async (tx) => {
      await this.lockedProduct(tx.manager, producerId, productId);
      const photos = await tx.manager.getRepository(ProductPhoto).findBy({ productId });
      await tx.manager.getRepository(Product).delete({ id: productId, producerId });
      return photos.map((photo) => photo.storageKey);
    });
    // Files go after the commit: a failed delete leaves an orphan file, never a broken row.
    for (const key of keys) {
      await this.storage.remove(key).catch((error: Error) => this.logger.warn(error.message));
    }
  }

  async product(producerId: string, productId: string): Promise<Product> {
    const product = await this.dataSource
      .getRepository(Product)
      .findOneBy({ id: productId, producerId });
    if (!product) throw AppError.notFound('Product');
    return product;
  }

  async view(producerId: string, productId: string): Promise<ProductDto> {
    const product = await this.product(producerId, productId);
    return (await this.withPhotos([product]))[0];
  }

  /** One producer's products, or (without producerId) everyone's, in Vietnamese order. */
  async list(query: AllProductsQueryDto): Promise<Page<ProductDto>> {
    const params: unknown[] = [];
    const where = searchConditions('search_key', query.q, params);
    const filters = [
      ['producer_id', query.producerId],
      ['sample_available', query.sampleAvailable],
      ['published', query.published],
    ] as const;
    for (const [column, value] of filters) {
      if (value === undefined) continue;
      params.push(value);
      where.push(`${column} = $${params.length}`);
    }
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM products ${whereSql}`,
      params,
    );
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM products ${whereSql} ORDER BY name_vi COLLATE vi, id
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    const ids = rows.map((row) => row.id);
    const products = ids.length
      ? await this.dataSource.getRepository(Product).findBy({ id: In(ids) })
      : [];
    const byId = new Map(products.map((p) => [p.id, p]));
    return pageOf(await this.withPhotos(ids.map((id) => byId.get(id)!)), total, query);
  }

  private async withPhotos(products: Product[]): Promise<ProductDto[]> {
    const photos = products.length
      ? await this.dataSource.getRepository(ProductPhoto).find({
          where: { productId: In(products.map((p) => p.id)) },
          order: { createdAt: 'ASC', id: 'ASC' },
        })
      : [];
    return products.map((p) =>
      toProductDto(
        p,
        photos.filter((photo) => photo.productId === p.id),
      ),
    );
  }

  private async lockedProduct(manager: EntityManager, producerId: string, productId: string) {
    const product = await manager.getRepository(Product).findOne({
      where: { id: productId, producerId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!product) throw AppError.notFound('Product');
    return product;
  }
}
