import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  CatalogueLang,
  PublicPhotoFile,
  PublicPhotoRow,
  PublicProductRow,
} from './public-catalogue.rows';
import { PRODUCER_JOINS, PUBLIC_PRODUCT_COLUMNS } from './public-product.sql';

/** Published products of published producers, and their photos, as the public may see them. */
@Injectable()
export class PublicProductsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The published ones among `ids` whose producer is published too (any order). */
  async byIds(ids: readonly string[], today: string): Promise<PublicProductRow[]> {
    if (ids.length === 0) return [];
    return this.dataSource.query(
      `SELECT ${PUBLIC_PRODUCT_COLUMNS('$2')}
         FROM products p ${PRODUCER_JOINS}
        WHERE p.id = ANY ($1::uuid[]) AND p.published AND pr.published`,
      [ids, today],
    );
  }

  /** A published producer's published products in name order (at most 500). */
  async ofProducer(
    producerId: string,
    today: string,
    lang: CatalogueLang,
  ): Promise<PublicProductRow[]> {
    const sortName = lang === 'en' ? 'coalesce(p.name_en, p.name_vi)' : 'p.name_vi';
    return this.dataSource.query(
      `SELECT ${PUBLIC_PRODUCT_COLUMNS('$2')}
         FROM products p ${PRODUCER_JOINS}
        WHERE p.producer_id = $1 AND p.published AND pr.published
        ORDER BY ${sortName} COLLATE vi, p.id
        LIMIT 500`,
      [producerId, today],
    );
  }

  /** The product's photos in the producer's order, the cover first (the caller checked it is public). */
  photos(productId: string): Promise<PublicPhotoRow[]> {
    return this.dataSource.query(
      `SELECT id, caption FROM product_photos WHERE product_id = $1 ORDER BY position`,
      [productId],
    );
  }

  /** Where the bytes of a photo of a published product of a published producer are. */
  async photoFile(productId: string, photoId: string): Promise<PublicPhotoFile | undefined> {
    const [row]: PublicPhotoFile[] = await this.dataSource.query(
      `SELECT ph.storage_key AS "storageKey", ph.content_type AS "contentType",
              p.producer_id AS "producerId"
         FROM product_photos ph JOIN products p ON p.id = ph.product_id
         JOIN producers pr ON pr.id = p.producer_id
        WHERE ph.id = $2 AND p.id = $1 AND p.published AND pr.published`,
      [productId, photoId],
    );
    return row;
  }
}
