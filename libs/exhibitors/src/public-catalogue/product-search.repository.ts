import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { searchPatterns } from '../common/search-words';
import { SqlParams } from '../common/sql-params';
import { CatalogueScopesRepository } from './catalogue-scopes.repository';
import { CataloguePage, ProductSearchFilters, PublicProductRow } from './public-catalogue.rows';
import { PRODUCER_JOINS, PUBLIC_PRODUCT_COLUMNS } from './public-product.sql';
import { relevanceScore } from './relevance-score.sql';

/** A page of a search and how many products it finds in all. */
export interface ProductSearchResult {
  rows: PublicProductRow[];
  total: number;
}

/**
 * The public product search over the catalogue index (`catalogue_products`, kept by
 * CatalogueIndexRepository): one table with a row per product holding everything a search
 * filters and sorts on, so the trigram index narrows all words at once and filters use partial
 * indexes. A list filtered by nothing or by OCOP and price walks the name index and stops
 * after a page; a search with words, village, craft or material finds its products, ranks them
 * by relevance (relevance-score.sql; names break ties) and counts them in the same statement.
 * The fair's exhibitors come as a stored scope (CatalogueScopesRepository), not as thousands
 * of ids per statement.
 */
@Injectable()
export class ProductSearchRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scopes: CatalogueScopesRepository,
  ) {}

  /**
   * Whether `search` should find, count and sort every match at once: with words (ranked), or
   * with a filter that follows the names (village, craft, material: a village's "nón lá" sit
   * together in the alphabet, and a walk of the name index filtering as it went read half of
   * it before it had a page). OCOP and price filters alone are spread over the alphabet: a
   * walk of the name index finds a page at once, where finding and sorting all their matches
   * (up to half the catalogue) would not.
   */
  static narrows(f: ProductSearchFilters): boolean {
    return searchPatterns(f.q).length > 0 || !!(f.villageIds || f.craftCodes || f.material);
  }

  /** One page: by relevance when there are words, else in Vietnamese (or English) name order. */
  async page(filters: ProductSearchFilters, page: CataloguePage): Promise<PublicProductRow[]> {
    if (ProductSearchRepository.narrows(filters)) return (await this.search(filters, page)).rows;
    if (filters.producerIds.length === 0) return [];
    const params = new SqlParams();
    const where = await this.where(filters, params);
    // The same expressions as the name indexes, so an unfiltered page walks one in order.
    const sortName = this.sortName(page);
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

  /**
   * A search with words or filters: one statement finds, counts and ranks (most relevant
   * first, then name order, then id), so the products found are read once. A page past the
   * end has no row to carry the total, so only then is it counted apart.
   */
  async search(filters: ProductSearchFilters, page: CataloguePage): Promise<ProductSearchResult> {
    if (filters.producerIds.length === 0) return { rows: [], total: 0 };
    const params = new SqlParams();
    const where = await this.where(filters, params, true);
    const score = relevanceScore(filters.q, params);
    const sortName = this.sortName(page);
    const today = params.add(filters.today);
    const found: (PublicProductRow & { total: number })[] = await this.dataSource.query(
      // The score is computed as the rows are read (OFFSET 0 keeps it there), so the count
      // and the sort hold three narrow columns per product found, not the keys it reads.
      `WITH scored AS (
         SELECT cp.product_id AS id, ${sortName} AS sort_name, ${score} AS score
           FROM catalogue_products cp WHERE ${where} OFFSET 0),
       found AS (SELECT *, count(*) OVER () AS total FROM scored),
       page AS (
         SELECT * FROM found ORDER BY score DESC, sort_name COLLATE vi, id
          LIMIT ${params.add(page.limit)} OFFSET ${params.add(page.offset)})
       SELECT ${PUBLIC_PRODUCT_COLUMNS(today)}, page.total::int AS total
         FROM page JOIN products p ON p.id = page.id ${PRODUCER_JOINS}
        ORDER BY page.score DESC, page.sort_name COLLATE vi, p.id`,
      params.values,
    );
    if (found.length === 0)
      return { rows: [], total: page.offset > 0 ? await this.count(filters) : 0 };
    return { rows: found.map(({ total: _total, ...row }) => row), total: found[0].total };
  }

  /** How many products the search finds, whatever the page. */
  async count(filters: ProductSearchFilters): Promise<number> {
    if (filters.producerIds.length === 0) return 0;
    const params = new SqlParams();
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM catalogue_products cp WHERE ${await this.where(filters, params, true)}`,
      params.values,
    );
    return total;
  }

  private sortName(page: CataloguePage): string {
    return page.lang === 'en' ? 'coalesce(cp.name_en, cp.name_vi)' : 'cp.name_vi';
  }

  /** `readsAll`: the statement reads every product found (CatalogueScopesRepository.condition). */
  private async where(
    f: ProductSearchFilters,
    params: SqlParams,
    readsAll = false,
  ): Promise<string> {
    const where = ['cp.listed', await this.scopes.condition(f.producerIds, params, readsAll)];
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
