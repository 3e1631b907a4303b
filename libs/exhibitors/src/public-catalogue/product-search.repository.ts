import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { searchPatterns } from '../common/search-words';
import { SqlParams } from '../common/sql-params';
import { CataloguePage, ProductSearchFilters, PublicProductRow } from './public-catalogue.rows';
import { PRODUCER_JOINS, PUBLIC_PRODUCT_COLUMNS } from './public-product.sql';

/**
 * The public product search over the catalogue index (`catalogue_products`, kept by
 * CatalogueIndexRepository): one table with a row per product holding everything a search
 * filters and sorts on, so the trigram index narrows all words at once, filters use partial
 * indexes, and an unfiltered page walks the Vietnamese name index and stops after a page.
 */
@Injectable()
export class ProductSearchRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One page in Vietnamese (or English) name order. */
  async page(filters: ProductSearchFilters, page: CataloguePage): Promise<PublicProductRow[]> {
    if (filters.producerIds.length === 0) return [];
    const params = new SqlParams();
    const where = this.where(filters, params);
    // The same expressions as the name indexes, so an unfiltered page walks one in order.
    const sortName = page.lang === 'en' ? 'coalesce(cp.name_en, cp.name_vi)' : 'cp.name_vi';
    const today = params.add(filters.today);
    return this.dataSource.query(
      `WITH page AS (
         SELECT cp.product_id AS id, ${sortName} AS sort_name FROM catalogue_products cp
          WHERE ${where}
          ORDER BY ${sortName} COLLATE vi, cp.product_id
          LIMIT ${params.add(page.limit)} OFFSET ${params.add(page.offset)})
       SELECT ${PUBLIC_PRODUCT_COLUMNS(today)}
         FROM page JOIN products p ON p.id = page.id ${PRODUCER_JOINS}
        ORDER BY page.sort_name COLLATE vi, p.id`,
      params.values,
    );
  }

  /** How many products the search finds, whatever the page. */
  async count(filters: ProductSearchFilters): Promise<number> {
    if (filters.producerIds.length === 0) return 0;
    const params = new SqlParams();
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM catalogue_products cp WHERE ${this.where(filters, params)}`,
      params.values,
    );
    return total;
  }

  private where(f: ProductSearchFilters, params: SqlParams): string {
    // An array of the fair's exhibitors: the planner hashes it and tests each row in O(1).
    const where = ['cp.listed', `cp.producer_id = ANY (${params.add(f.producerIds)}::uuid[])`];
    for (const pattern of searchPatterns(f.q)) {
      where.push(`cp.search_key LIKE hc_search_key(${params.add(pattern)})`);
    }
    if (f.villageIds) where.push(`cp.craft_village_id = ANY (${params.add(f.villageIds)}::uuid[])`);
    if (f.craftCodes) where.push(`cp.craft_category = ANY (${params.add(f.craftCodes)}::text[])`);
    if (f.material) {
      where.push(`cp.materials_key @> ARRAY[hc_search_key(${params.add(f.material)})]`);
    }
    if (f.ocopStars) {
      where.push(
        `cp.ocop_stars >= ${params.add(f.ocopStars)} AND cp.ocop_expires_on >= ${params.add(f.today)}::date`,
      );
    }
    if (f.priceMin) where.push(`cp.price_max >= ${params.add(f.priceMin)}::bigint`);
    if (f.priceMax) where.push(`cp.price_min <= ${params.add(f.priceMax)}::bigint`);
    return where.join(' AND ');
  }
}
