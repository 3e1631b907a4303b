import { Injectable } from '@nestjs/common';
import { CatalogueService, LegalForm, OcopRating } from '@hoicho/exhibitors';

/** What an application needs to know about its producer, as of now. */
export interface ProducerFacts {
  name: string;
  legalForm: LegalForm | null;
  /** The craft village's name, e.g. "Phú Vinh". */
  craftVillage: string | null;
  craftVillageRecognised: boolean;
  /** Craft category code (the producer's own, else its village's), e.g. "may-tre-dan". */
  craft: string | null;
}

export interface ExhibitedProduct {
  id: string;
  ocop: OcopRating | null;
}

/**
 * The applications area's only window on producers and their catalogue: the exhibitors
 * module's exported CatalogueService, never its tables. Keeping it in one class means a change
 * of that service touches one file here.
 */
@Injectable()
export class ProducerDirectory {
  constructor(private readonly catalogue: CatalogueService) {}

  /** 404 when the producer does not exist. */
  async facts(producerId: string): Promise<ProducerFacts> {
    const producer = await this.catalogue.producer(producerId);
    return {
      name: producer.legalNameVi,
      legalForm: producer.legalForm,
      craftVillage: producer.craftVillage?.name ?? null,
      craftVillageRecognised: producer.craftVillage?.recognised ?? false,
      craft: producer.craftCategory ?? producer.craftVillage?.craftCategory ?? null,
    };
  }

  /** The ids among `producerIds` that name a producer. */
  async existing(producerIds: readonly string[]): Promise<Set<string>> {
    return new Set((await this.catalogue.producers([...producerIds])).map((p) => p.id));
  }

  /**
   * The products among `productIds` in the producer's own catalogue, with their OCOP rating
   * (another producer's products and unknown ids are left out).
   */
  async products(producerId: string, productIds: readonly string[]): Promise<ExhibitedProduct[]> {
    const products = await this.catalogue.productsOf(producerId, [...productIds]);
    return products.map((p) => ({ id: p.id, ocop: p.ocop }));
  }
}
