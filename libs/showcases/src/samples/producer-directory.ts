import { Injectable } from '@nestjs/common';
import { UsersService } from '@hoicho/accounts';
import { CatalogueProducer, CatalogueProduct, CatalogueService } from '@hoicho/exhibitors';

export interface SampleNames {
  producers: Map<string, CatalogueProducer>;
  products: Map<string, CatalogueProduct>;
}

/**
 * The showcases' window on producers, their products and members: the exhibitors' exported
 * CatalogueService and the accounts' UsersService, never their tables.
 */
@Injectable()
export class ProducerDirectory {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly users: UsersService,
  ) {}

  /** The product if it is in the producer's own catalogue; undefined otherwise. */
  async product(producerId: string, productId: string): Promise<CatalogueProduct | undefined> {
    const [product] = await this.catalogue.productsOf(producerId, [productId]);
    return product;
  }

  /** Names of the producers and products that a list of samples mentions, in few queries. */
  async names(rows: readonly { producerId: string; productId: string }[]): Promise<SampleNames> {
    const producers = await this.catalogue.producers([...new Set(rows.map((r) => r.producerId))]);
    const byProducer = new Map<string, string[]>();
    for (const row of rows) {
      byProducer.set(row.producerId, [...(byProducer.get(row.producerId) ?? []), row.productId]);
    }
    const products = new Map<string, CatalogueProduct>();
    for (const [producerId, productIds] of byProducer) {
      for (const product of await this.catalogue.productsOf(producerId, productIds)) {
        products.set(product.id, product);
      }
    }
    return { producers: new Map(producers.map((p) => [p.id, p])), products };
  }

  /** The producer's members who can receive mail (not disabled). */
  async members(producerId: string) {
    return (await this.users.listByProducer(producerId)).filter((u) => u.disabledAt === null);
  }

  async userNames(ids: readonly string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const id of new Set(ids)) {
      names.set(id, (await this.users.findById(id))?.fullName ?? '');
    }
    return names;
  }
}
