import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import {
  CataloguePage,
  ProductSearchFilters,
  ProductSearchRepository,
  ProductSearchResult,
} from '@hoicho/exhibitors';
import { APP_CONFIG, AppConfig, Clock, Page } from '@hoicho/platform';
import { CatalogueCache } from './catalogue-cache';
import { CatalogueFilters } from './catalogue-filters';
import { hanoiToday } from './catalogue-urls';
import { toProductSummary } from './catalogue-views';
import { ProductQueryDto, PublicProductSummaryDto } from './dto/catalogue.dto';
import { FairRoster } from './fair-roster';
import { PublicFairsService } from './public-fairs.service';

/** What a search asks, the page aside: its total depends on this alone. */
const searchOf = (q: ProductQueryDto) => [
  q.q,
  q.village,
  q.craft,
  q.material,
  q.ocopStars,
  q.priceMin,
  q.priceMax,
];

/** A serialised JSON answer and its (weak) ETag. */
export interface JsonAnswer {
  body: Buffer;
  etag: string;
}

/**
 * The public product search of a fair: words and filters over the exhibitors' catalogue index,
 * limited to the fair's roster. The busiest public route.
 */
@Injectable()
export class CatalogueSearchService {
  constructor(
    private readonly fairs: PublicFairsService,
    private readonly roster: FairRoster,
    private readonly search: ProductSearchRepository,
    private readonly filters: CatalogueFilters,
    private readonly cache: CatalogueCache,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The search answer as JSON bytes with their ETag: the cache keeps it serialised, so a repeat
   * costs neither JSON.stringify nor hashing the body.
   */
  async answer(fairId: string, query: ProductQueryDto): Promise<JsonAnswer> {
    await this.fairs.publicFair(fairId);
    const key = `products:${fairId}:${JSON.stringify([query.lang, ...searchOf(query), query.page, query.pageSize])}`;
    return this.cache.get(key, async () => {
      const body = Buffer.from(JSON.stringify(await this.products(fairId, query)));
      return { body, etag: `W/"${createHash('sha1').update(body).digest('base64url')}"` };
    });
  }

  /**
   * The search itself. With words or a filter that follows the names, one statement ranks,
   * counts and pages. Otherwise the page walks a name index; the total does not depend on the
   * page, so it is asked (and cached) once per search, side by side with the page.
   * `cached = false` asks the database for the count too (the benchmark's measure of a search).
   */
  async products(
    fairId: string,
    query: ProductQueryDto,
    cached = true,
  ): Promise<Page<PublicProductSummaryDto>> {
    const resolved = await this.filters.resolve(query);
    if (!resolved) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    const roster = await this.roster.of(fairId);
    const filters = {
      ...resolved,
      producerIds: roster.producerIds,
      q: query.q,
      material: query.material,
      ocopStars: query.ocopStars,
      priceMin: query.priceMin,
      priceMax: query.priceMax,
      today: hanoiToday(this.clock.now()),
    };
    const page = {
      lang: query.lang,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    };
    const { rows, total } = ProductSearchRepository.narrows(filters)
      ? // Words, or a village, craft or material: found, ranked, counted and paged at once.
        await this.search.search(filters, page)
      : await this.pageAndCount(fairId, query, filters, page, cached);
    return {
      items: rows.map((r) => toProductSummary(this.config.publicUrl, fairId, r, query.lang)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  private async pageAndCount(
    fairId: string,
    query: ProductQueryDto,
    filters: ProductSearchFilters,
    page: CataloguePage,
    cached: boolean,
  ): Promise<ProductSearchResult> {
    const countKey = `count:${fairId}:${JSON.stringify(searchOf(query))}`;
    const count = () => this.search.count(filters);
    const [rows, total] = await Promise.all([
      this.search.page(filters, page),
      cached ? this.cache.get(countKey, count) : count(),
    ]);
    return { rows, total };
  }
}
