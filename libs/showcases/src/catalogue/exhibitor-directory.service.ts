import { Inject, Injectable } from '@nestjs/common';
import { PublicProducersRepository, PublicProductsRepository } from '@hoicho/exhibitors';
import { APP_CONFIG, AppConfig, AppError, Clock, Page } from '@hoicho/platform';
import { Lang } from '../common/lang';
import { CatalogueCache } from './catalogue-cache';
import { CatalogueFilters } from './catalogue-filters';
import { hanoiToday } from './catalogue-urls';
import { toExhibitorDto, toProductSummary } from './catalogue-views';
import {
  ExhibitorQueryDto,
  PublicExhibitorDetailDto,
  PublicExhibitorDto,
} from './dto/catalogue.dto';
import { FairRoster } from './fair-roster';
import { PublicFairsService } from './public-fairs.service';

/** A public fair's exhibitor directory: published producers of its roster, with booth codes. */
@Injectable()
export class ExhibitorDirectoryService {
  constructor(
    private readonly fairs: PublicFairsService,
    private readonly roster: FairRoster,
    private readonly producers: PublicProducersRepository,
    private readonly products: PublicProductsRepository,
    private readonly filters: CatalogueFilters,
    private readonly cache: CatalogueCache,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async page(fairId: string, query: ExhibitorQueryDto): Promise<Page<PublicExhibitorDto>> {
    await this.fairs.publicFair(fairId);
    const key = `exhibitors:${fairId}:${JSON.stringify([
      query.lang,
      query.q,
      query.village,
      query.craft,
      query.page,
      query.pageSize,
    ])}`;
    return this.cache.get(key, async () => {
      const filters = await this.filters.resolve(query);
      if (!filters) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
      const roster = await this.roster.of(fairId);
      const { rows, total } = await this.producers.page(
        { ...filters, producerIds: roster.producerIds, q: query.q },
        { lang: query.lang, limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
      );
      return {
        items: rows.map((r) => toExhibitorDto(r, roster.boothCodes(r.id), query.lang)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    });
  }

  /** One exhibitor with its published products; 404 unless published and on the roster. */
  async exhibitor(
    fairId: string,
    producerId: string,
    lang: Lang,
  ): Promise<PublicExhibitorDetailDto> {
    await this.fairs.publicFair(fairId);
    return this.cache.get(`exhibitor:${fairId}:${producerId}:${lang}`, async () => {
      const roster = await this.roster.of(fairId);
      const row = roster.has(producerId) ? await this.producers.byId(producerId) : undefined;
      if (!row) throw AppError.notFound('Exhibitor');
      const today = hanoiToday(this.clock.now());
      const products = await this.products.ofProducer(producerId, today, lang);
      return {
        ...toExhibitorDto(row, roster.boothCodes(producerId), lang),
        products: products.map((p) => toProductSummary(this.config.publicUrl, fairId, p, lang)),
      };
    });
  }
}
