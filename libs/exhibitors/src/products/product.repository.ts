import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { OcopRating } from '../domain';
import { idPageStatements } from '../common/search-words';
import { Product } from './product.entity';
import { ProductValues } from './product.rules';

export interface ProductSearch {
  q?: string;
  producerId?: string;
  sampleAvailable?: boolean;
  published?: boolean;
  limit: number;
  offset: number;
}

/** A product's OCOP rating with whose product it is. */
export interface ProducerOcopRating extends OcopRating {
  producerId: string;
}

/**
 * Product rows; every lookup by id is scoped by the producer too. `search_key` is kept by the
 * table's own trigger. Writes that change what the public catalogue shows also refresh the
 * catalogue index (the services do, in the same transaction).
 */
@Injectable()
export class ProductRepository {
  constructor(private readonly dataSource: DataSource) {}

  findOfProducer(producerId: string, productId: string): Promise<Product | null> {
    return this.dataSource.getRepository(Product).findOneBy({ id: productId, producerId });
  }

  /** The product locked for a change in the caller's transaction. */
  lockOfProducer(
    manager: EntityManager,
    producerId: string,
    productId: string,
  ): Promise<Product | null> {
    return manager.getRepository(Product).findOne({
      where: { id: productId, producerId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The producer's products among `ids` (any order); others' ids are left out. */
  ofProducerByIds(producerId: string, ids: readonly string[]): Promise<Product[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(Product).findBy({ producerId, id: In([...ids]) });
  }

  byIds(ids: readonly string[]): Promise<Product[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(Product).findBy({ id: In([...ids]) });
  }

  /** A new product of the producer; its id. */
  async insert(manager: EntityManager, producerId: string, values: ProductValues): Promise<string> {
    const saved = await manager.getRepository(Product).save({ ...values, producerId });
    return saved.id;
  }

  async update(manager: EntityManager, product: Product): Promise<void> {
    await manager.getRepository(Product).save(product);
  }

  /** Deletes the product; its photos' rows and its catalogue row go with it (foreign keys). */
  async delete(manager: EntityManager, producerId: string, productId: string): Promise<void> {
    await manager.getRepository(Product).delete({ id: productId, producerId });
  }

  /** Ids of one page in Vietnamese name order, and how many products match. */
  async search(search: ProductSearch): Promise<{ ids: string[]; total: number }> {
    const filters = [
      ['producer_id', search.producerId],
      ['sample_available', search.sampleAvailable],
      ['published', search.published],
    ] as const;
    const { count, page } = idPageStatements(
      { table: 'products', order: 'name_vi COLLATE vi, id', query: search.q, filters },
      search.limit,
      search.offset,
    );
    const [{ total }]: { total: number }[] = await this.dataSource.query(count.sql, count.params);
    const rows: { id: string }[] = await this.dataSource.query(page.sql, page.params);
    return { ids: rows.map((row) => row.id), total };
  }

  /** The OCOP ratings of these producers' products, best and latest first (expired included). */
  ocopRatingsOf(producerIds: readonly string[]): Promise<ProducerOcopRating[]> {
    if (producerIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT producer_id AS "producerId", ocop_stars AS stars,
              to_char(ocop_expires_on, 'YYYY-MM-DD') AS "expiresOn"
         FROM products WHERE producer_id = ANY($1) AND ocop_stars IS NOT NULL
        ORDER BY ocop_stars DESC, ocop_expires_on DESC`,
      [producerIds],
    );
  }
}
