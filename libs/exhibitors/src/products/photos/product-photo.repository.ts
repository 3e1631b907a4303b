import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { Product } from '../product.entity';
import { ProductPhoto } from './product-photo.entity';

/** Photo rows; the bytes live in PhotoStorage under `storageKey`. */
@Injectable()
export class ProductPhotoRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The photos of these products, oldest first. */
  ofProducts(productIds: readonly string[]): Promise<ProductPhoto[]> {
    if (productIds.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(ProductPhoto).find({
      where: { productId: In([...productIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The photo if it belongs to this product of this producer. */
  findOfProducer(
    producerId: string,
    productId: string,
    photoId: string,
  ): Promise<ProductPhoto | null> {
    return this.dataSource
      .getRepository(ProductPhoto)
      .createQueryBuilder('photo')
      .innerJoin(Product, 'product', 'product.id = photo.productId')
      .where('photo.id = :photoId AND product.id = :productId', { photoId, productId })
      .andWhere('product.producerId = :producerId', { producerId })
      .getOne();
  }

  /** Within the caller's transaction (which holds the product's lock). */
  countOf(manager: EntityManager, productId: string): Promise<number> {
    return manager.getRepository(ProductPhoto).countBy({ productId });
  }

  /** Storage keys of the product's photos, read in the caller's transaction. */
  async storageKeysOf(manager: EntityManager, productId: string): Promise<string[]> {
    const photos = await manager.getRepository(ProductPhoto).findBy({ productId });
    return photos.map((photo) => photo.storageKey);
  }

  insert(manager: EntityManager, photo: Omit<ProductPhoto, 'createdAt'>): Promise<ProductPhoto> {
    return manager.getRepository(ProductPhoto).save(photo);
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.getRepository(ProductPhoto).delete({ id });
  }
}
