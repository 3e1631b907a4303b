import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

const COLUMNS = `product_id, producer_id, listed, name_vi, name_en, search_key, craft_village_id,
  craft_category, materials_key, ocop_stars, ocop_expires_on, price_min, price_max, name_key, own_key,
  producer_no`;

/** Recomputes the index rows of the products of `p` chosen by `scope` (a condition on p, pr, v). */
const refresh = (scope: string) => `
  INSERT INTO catalogue_products (${COLUMNS})
  SELECT p.id, p.producer_id, p.published AND pr.published, p.name_vi, p.name_en,
         hc_search_doc(p.search_key || ' | ' || pr.search_key), pr.craft_village_id,
         coalesce(pr.craft_category, v.craft_category), hc_materials_key(p.materials),
         p.ocop_stars, p.ocop_expires_on, p.price_min, p.price_max,
         hc_search_key(concat_ws(' ', p.name_vi, p.name_en)), p.search_key, pr.catalogue_no
    FROM products p
    JOIN producers pr ON pr.id = p.producer_id
    LEFT JOIN craft_villages v ON v.id = pr.craft_village_id
   WHERE ${scope}
  ON CONFLICT (product_id) DO UPDATE SET
    producer_id = EXCLUDED.producer_id, listed = EXCLUDED.listed,
    name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en,
    search_key = EXCLUDED.search_key, craft_village_id = EXCLUDED.craft_village_id,
    craft_category = EXCLUDED.craft_category, materials_key = EXCLUDED.materials_key,
    ocop_stars = EXCLUDED.ocop_stars, ocop_expires_on = EXCLUDED.ocop_expires_on,
    price_min = EXCLUDED.price_min, price_max = EXCLUDED.price_max, name_key = EXCLUDED.name_key,
    own_key = EXCLUDED.own_key, producer_no = EXCLUDED.producer_no`;

/**
 * The catalogue index (`catalogue_products`): one row per product with both published flags,
 * names, the search document (`search_key`: the product's words plus its producer's — name,
 * village, craft — each word once, in first-seen order, so the trigram index's recheck reads
 * half the text), village,
 * craft, materials keyed like search keys, OCOP and prices, and the ranking's inputs: its names
 * keyed alone (`name_key`, scored first) and its own words keyed alone (`own_key`: names,
 * category, materials; scored next), so ranking reads short stored keys and never unaccents
 * or splits per row; and the producer's number (`producer_no`, `producers.catalogue_no`), which
 * a fair's roster is tested against as one bit (CatalogueScopesRepository). ProductSearchRepository reads it.
 *
 * Every write that changes one of those facts refreshes the rows it touched, in the writer's
 * transaction: the product services, a producer's profile, a village, a craft. A product's
 * deletion takes its row along (foreign key). Anything that writes these tables another way
 * (a bulk load, a restore) calls `rebuild`.
 */
@Injectable()
export class CatalogueIndexRepository {
  async refreshProducts(manager: EntityManager, productIds: readonly string[]): Promise<void> {
    if (productIds.length === 0) return;
    await manager.query(refresh('p.id = ANY ($1::uuid[])'), [productIds]);
  }

  /** After a producer's names, published flag, village or craft changed. */
  async refreshProducers(manager: EntityManager, producerIds: readonly string[]): Promise<void> {
    if (producerIds.length === 0) return;
    await manager.query(refresh('p.producer_id = ANY ($1::uuid[])'), [producerIds]);
  }

  /** After a village was renamed or moved to another craft: its producers' products. */
  async refreshVillage(manager: EntityManager, villageId: string): Promise<void> {
    await manager.query(refresh('pr.craft_village_id = $1'), [villageId]);
  }

  /** After a craft was renamed: the products of producers of that craft or of its villages. */
  async refreshCraft(manager: EntityManager, craftCode: string): Promise<void> {
    await manager.query(refresh('pr.craft_category = $1 OR v.craft_category = $1'), [craftCode]);
  }

  /** Every product's row, after a bulk load that went around the services. */
  async rebuild(manager: EntityManager): Promise<void> {
    await manager.query(refresh('TRUE'));
  }
}
