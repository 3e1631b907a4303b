import { Injectable } from '@nestjs/common';
import { AppError } from '@hoicho/platform';
import { ProducerRepository } from '../producers/producer.repository';
import { Product } from '../products/product.entity';
import { ProductRepository } from '../products/product.repository';
import { CraftVillageRepository } from '../villages/craft-village.repository';
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
  constructor(
    private readonly producerRows: ProducerRepository,
    private readonly productRows: ProductRepository,
    private readonly villageRows: CraftVillageRepository,
  ) {}

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
    const producers = await this.producerRows.byIds(ids);
    const villages = await this.villageRows.byIds(
      producers.map((p) => p.craftVillageId).filter((id) => id !== null),
    );
    const rated = await this.productRows.ocopRatingsOf(ids);
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
            .map((r) => ({ stars: r.stars, expiresOn: r.expiresOn })),
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
    const products = await this.productRows.ofProducerByIds(producerId, ids);
    const byId = new Map(products.map((p) => [p.id, p]));
    return ids.filter((id) => byId.has(id)).map((id) => toCatalogueProduct(byId.get(id)!));
  }
}
