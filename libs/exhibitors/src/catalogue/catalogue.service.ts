import { Injectable } from '@nestjs/common';
import { AppError } from '@hoicho/platform';
import { DataSource, In } from 'typeorm';
import { Producer } from '../producers/producer.entity';
import { Product } from '../products/product.entity';
import { CraftVillage } from '../villages/craft-village.entity';
import { CatalogueProducer, CatalogueProduct } from './catalogue.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const toCatalogueProduct = (p: Product): CatalogueProduct => ({
  id: p.id,
  producerId: p.producerId,
  nameVi: p.nameVi,
  nameEn: p.nameEn,
  category: p.category,
  ocop:
    p.ocopStars !== null && p.ocopExpiresOn !== null
      ? { stars: p.ocopStars, expiresOn: p.ocopExpiresOn }
      : null,
  sampleAvailable: p.sampleAvailable,
  published: p.published,
});

/**
 * The read side of producers and their catalogues for other libraries: they call this
 * instead of reading the exhibitors' tables.
 */
@Injectable()
export class CatalogueService {
  constructor(private readonly dataSource: DataSource) {}

  /** One producer with its village and OCOP ratings; 404 when there is none. */
  async producer(producerId: string): Promise<CatalogueProducer> {
    const [producer] = await this.producers([producerId]);
    if (!producer) throw AppError.notFound('Producer');
    return producer;
  }

  /** Several producers (for review lists), in the order asked; unknown ids are left out. */
  async producers(producerIds: string[]): Promise<CatalogueProducer[]> {
    const ids = [...new Set(producerIds)].filter((id) => UUID.test(id));
    if (ids.length === 0) return [];
    const producers = await this.dataSource.getRepository(Producer).findBy({ id: In(ids) });
    const villageIds = producers.map((p) => p.craftVillageId).filter((id) => id !== null);
    const villages = villageIds.length
      ? await this.dataSource.getRepository(CraftVillage).findBy({ id: In(villageIds) })
      : [];
    const rated: Pick<Product, 'producerId' | 'ocopStars' | 'ocopExpiresOn'>[] =
      await this.dataSource.query(
        `SELECT producer_id AS "producerId", ocop_stars AS "ocopStars",
                to_char(ocop_expires_on, 'YYYY-MM-DD') AS "ocopExpiresOn"
           FROM products WHERE producer_id = ANY($1) AND ocop_stars IS NOT NULL
          ORDER BY ocop_stars DESC, ocop_expires_on DESC`,
        [ids],
      );
    const byId = new Map(producers.map((p) => [p.id, p]));
    return ids
      .filter((id) => byId.has(id))
      .map((id) => {
        const p = byId.get(id)!;
        const village = villages.find((v) => v.id === p.craftVillageId);
        return {
          id: p.id,
          legalNameVi: p.legalNameVi,
          legalNameEn: p.legalNameEn,
          legalForm: p.legalForm,
          taxCode: p.taxCode,
          provinceCode: p.provinceCode,
          communeCode: p.communeCode,
          craftCategory: p.craftCategory,
          craftVillage: village
            ? {
                id: village.id,
                name: village.name,
                craftCategory: village.craftCategory,
                recognised: village.recognised,
              }
            : null,
          published: p.published,
          ocopRatings: rated
            .filter((r) => r.producerId === id)
            .map((r) => ({ stars: r.ocopStars!, expiresOn: r.ocopExpiresOn! })),
        };
      });
  }

  /**
   * The producer's products among `productIds`, in the order asked. Ids of another
   * producer's products, or of none, are left out: compare lengths to refuse them.
   */
  async productsOf(producerId: string, productIds: string[]): Promise<CatalogueProduct[]> {
    const ids = [...new Set(productIds)].filter((id) => UUID.test(id));
    if (ids.length === 0) return [];
    const products = await this.dataSource
      .getRepository(Product)
      .findBy({ producerId, id: In(ids) });
    const byId = new Map(products.map((p) => [p.id, p]));
    return ids.filter((id) => byId.has(id)).map((id) => toCatalogueProduct(byId.get(id)!));
  }
}
