import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { Product } from '../product.entity';
import { ProductPhoto } from './product-photo.entity';

/** Photo rows; the bytes live in PhotoStorage under `storageKey`. */
@Injectable()
export class ProductPhotoRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The photos of these products, each product's in the producer's order (the cover first). */
  ofProducts(productIds: readonly string[], manager?: EntityManager): Promise<ProductPhoto[]> {
    if (productIds.length === 0) return Promise.resolve([]);
    return (manager ?? this.dataSource.manager).getRepository(ProductPhoto).find({
      where: { productId: In([...productIds]) },
      order: { productId: 'ASC', position: 'ASC' },
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

  /** After the product's last photo; in the caller's transaction, which holds its lock. */
  async nextPosition(manager: EntityManager, productId: string): Promise<number> {
    const [row]: { next: number }[] = await manager.query(
      'SELECT coalesce(max(position) + 1, 0) AS next FROM product_photos WHERE product_id = $1',
      [productId],
    );
    return row.next;
  }

  insert(manager: EntityManager, photo: Omit<ProductPhoto, 'createdAt'>): Promise<ProductPhoto> {
    return manager.getRepository(ProductPhoto).save(photo);
  }

  /**
   * Puts the product's photos in this order (every one of them, checked by the caller) with one
   * statement: the unique position is checked at its end, so swapping two is no conflict.
   */
  async reorder(manager: EntityManager, productId: string, photoIds: string[]): Promise<void> {
    await manager.query(
      `UPDATE product_photos ph SET position = ordered.n - 1
         FROM unnest($2::uuid[]) WITH ORDINALITY AS ordered(id, n)
        WHERE ph.id = ordered.id AND ph.product_id = $1`,
      [productId, photoIds],
    );
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.getRepository(ProductPhoto).delete({ id });
  }
}
