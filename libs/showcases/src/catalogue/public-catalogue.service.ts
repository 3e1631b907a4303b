import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { FairDto, FairsService, FairStatus } from '@hoicho/fairs';
import { PHOTO_STORAGE, PhotoStorage } from '@hoicho/exhibitors';
import { APP_CONFIG, AppConfig, AppError, Clock, Page } from '@hoicho/platform';
import { Lang, pick } from '../common/lang';
import { CatalogueCache } from './catalogue-cache';
import { CatalogueReadRepository, ExhibitorRow, ProductRow } from './catalogue-read.repository';
import {
  hanoiToday,
  inquiryFormPath,
  inquiryPath,
  productPageUrl,
  publicPhotoPath,
} from './catalogue-urls';
import {
  ExhibitorQueryDto,
  PublicExhibitorDetailDto,
  PublicExhibitorDto,
  PublicFairDto,
  PublicProductDto,
  PublicProductSummaryDto,
  PublicShowcaseDto,
  ProductQueryDto,
} from './dto/catalogue.dto';

/** A serialised JSON answer and its (weak) ETag. */
export interface JsonAnswer {
  body: Buffer;
  etag: string;
}

/** The fair states in which its catalogue is public. */
export const PUBLIC_FAIR_STATUSES: readonly FairStatus[] = ['published', 'running', 'closed'];

/**
 * The public catalogue of a fair: its exhibitors, their published products, its showcases.
 * Answers are built from public columns only and cached for a few seconds (CatalogueCache).
 */
@Injectable()
export class PublicCatalogueService {
  constructor(
    private readonly read: CatalogueReadRepository,
    private readonly fairs: FairsService,
    private readonly cache: CatalogueCache,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PHOTO_STORAGE) private readonly storage: PhotoStorage,
  ) {}

  /** The fair if its catalogue is public; 404 otherwise (drafts and cancelled fairs too). */
  async publicFair(fairId: string): Promise<FairDto> {
    const fair = await this.cache.get(`fair:${fairId}`, () =>
      this.fairs.getFair(fairId).catch((error: unknown) => {
        if (error instanceof AppError && error.kind === 'not_found') return null;
        throw error;
      }),
    );
    if (!fair || !PUBLIC_FAIR_STATUSES.includes(fair.status)) throw AppError.notFound('Fair');
    return fair;
  }

  async listFairs(lang: Lang, page: number, pageSize: number): Promise<Page<PublicFairDto>> {
    return this.cache.get(`fairs:${lang}:${page}:${pageSize}`, async () => {
      const rows = await this.read.fairs(pageSize, (page - 1) * pageSize);
      return {
        items: rows.map((f) => ({
          id: f.id,
          name: pick(lang, f.name_vi, f.name_en),
          nameVi: f.name_vi,
          nameEn: f.name_en,
          venueName: f.venue_name,
          venueAddress: f.venue_address,
          status: f.status,
          days: f.days,
        })),
        total: rows[0]?.total ?? 0,
        page,
        pageSize,
      };
    });
  }

  async fair(fairId: string, lang: Lang): Promise<PublicFairDto> {
    const fair = await this.publicFair(fairId);
    return {
      id: fair.id,
      name: pick(lang, fair.nameVi, fair.nameEn),
      nameVi: fair.nameVi,
      nameEn: fair.nameEn,
      venueName: fair.venueName,
      venueAddress: fair.venueAddress,
      status: fair.status,
      days: fair.days.map((d) => ({ date: d.date, opens: d.opens, closes: d.closes })),
    };
  }

  async exhibitors(fairId: string, query: ExhibitorQueryDto): Promise<Page<PublicExhibitorDto>> {
    await this.publicFair(fairId);
    const key = `exhibitors:${fairId}:${JSON.stringify([
      query.lang,
      query.q,
      query.village,
      query.craft,
      query.page,
      query.pageSize,
    ])}`;
    return this.cache.get(key, async () => {
      const filters = await this.resolveFilters(query);
      if (!filters) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
      const { rows, total } = await this.read.exhibitorList(fairId, {
        ...filters,
        q: query.q,
        lang: query.lang,
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return {
        items: rows.map((r) => this.exhibitorDto(r, query.lang)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    });
  }

  async exhibitor(
    fairId: string,
    producerId: string,
    lang: Lang,
  ): Promise<PublicExhibitorDetailDto> {
    await this.publicFair(fairId);
    return this.cache.get(`exhibitor:${fairId}:${producerId}:${lang}`, async () => {
      const row = await this.read.exhibitor(fairId, producerId);
      if (!row) throw AppError.notFound('Exhibitor');
      const products = await this.read.productsOfProducer(producerId, this.today(), lang);
      return {
        ...this.exhibitorDto(row, lang),
        products: products.map((p) => this.productSummary(fairId, p, lang)),
      };
    });
  }

  /**
   * The search answer as JSON bytes with their ETag: the busiest public route, so the cache
   * keeps it serialised and a repeat costs neither JSON.stringify nor hashing the body.
   */
  async productsAnswer(fairId: string, query: ProductQueryDto): Promise<JsonAnswer> {
    await this.publicFair(fairId);
    const key = `products:${fairId}:${JSON.stringify([
      query.lang,
      query.q,
      query.village,
      query.craft,
      query.material,
      query.ocopStars,
      query.priceMin,
      query.priceMax,
      query.page,
      query.pageSize,
    ])}`;
    return this.cache.get(key, async () => {
      const body = Buffer.from(JSON.stringify(await this.searchProducts(fairId, query)));
      return { body, etag: `W/"${createHash('sha1').update(body).digest('base64url')}"` };
    });
  }

  /**
   * The search itself. The total does not depend on the page, so it is asked (and cached)
   * once per search; the page and the count run side by side.
   */
  async searchProducts(
    fairId: string,
    query: ProductQueryDto,
    cached = true,
  ): Promise<Page<PublicProductSummaryDto>> {
    const filters = await this.resolveFilters(query);
    if (!filters) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    const search = {
      ...filters,
      q: query.q,
      material: query.material,
      ocopStars: query.ocopStars,
      priceMin: query.priceMin,
      priceMax: query.priceMax,
      today: this.today(),
      lang: query.lang,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    };
    const countKey = `count:${fairId}:${JSON.stringify([
      query.q,
      query.village,
      query.craft,
      query.material,
      query.ocopStars,
      query.priceMin,
      query.priceMax,
    ])}`;
    const count = () => this.read.productCount(fairId, search);
    const [rows, total] = await Promise.all([
      this.read.productPage(fairId, search),
      cached ? this.cache.get(countKey, count) : count(),
    ]);
    return {
      items: rows.map((r) => this.productSummary(fairId, r, query.lang)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async product(fairId: string, productId: string, lang: Lang): Promise<PublicProductDto> {
    await this.publicFair(fairId);
    return this.cache.get(`product:${fairId}:${productId}:${lang}`, async () => {
      const [row] = await this.read.productsById(fairId, [productId], this.today());
      if (!row) throw AppError.notFound('Product');
      const exhibitor = await this.read.exhibitor(fairId, row.producer_id);
      const photos = await this.read.photos(productId);
      const showcases = await this.read.showcasesOfProduct(fairId, productId);
      const summary = this.productSummary(fairId, row, lang);
      return {
        id: row.id,
        fairId,
        name: summary.name,
        nameVi: row.name_vi,
        nameEn: row.name_en,
        category: row.category,
        materials: row.materials,
        dimensionsText: row.dimensions_text,
        priceMin: row.price_min,
        priceMax: row.price_max,
        minOrderQuantity: row.min_order_quantity,
        ocop:
          row.ocop_stars !== null && row.ocop_expires_on !== null
            ? { stars: row.ocop_stars, expiresOn: row.ocop_expires_on }
            : null,
        photos: photos.map((p) => ({
          id: p.id,
          url: publicPhotoPath(fairId, productId, p.id),
          caption: p.caption,
        })),
        producer: {
          ...summary.producer,
          nameVi: row.producer_name_vi,
          nameEn: row.producer_name_en,
          boothCodes: exhibitor?.booth_codes ?? [],
        },
        showcases: showcases.map((s) => ({
          id: s.id,
          title: pick(lang, s.title_vi, s.title_en),
          labelCode: s.label_code,
        })),
        pageUrl: summary.pageUrl,
        inquiryFormUrl: inquiryFormPath(fairId),
        inquiryUrl: inquiryPath(fairId, productId),
      };
    });
  }

  async showcases(fairId: string, lang: Lang): Promise<PublicShowcaseDto[]> {
    await this.publicFair(fairId);
    return this.cache.get(`showcases:${fairId}:${lang}`, async () => {
      const showcases = await this.read.showcases(fairId);
      const samples = await this.read.showcaseSamples(fairId);
      const products = new Map(
        (
          await this.read.productsById(
            fairId,
            [...new Set(samples.map((s) => s.product_id))],
            this.today(),
          )
        ).map((p) => [p.id, this.productSummary(fairId, p, lang)]),
      );
      return showcases.map((s) => ({
        id: s.id,
        title: pick(lang, s.title_vi, s.title_en),
        titleVi: s.title_vi,
        titleEn: s.title_en,
        theme: s.theme,
        location: s.location,
        curator: s.curator,
        startsOn: s.starts_on,
        endsOn: s.ends_on,
        // Only samples whose product and producer are published.
        samples: samples
          .filter((x) => x.showcase_id === s.id && products.has(x.product_id))
          .map((x) => ({ labelCode: x.label_code, product: products.get(x.product_id)! })),
      }));
    });
  }

  async photo(fairId: string, productId: string, photoId: string) {
    await this.publicFair(fairId);
    const row = await this.read.photo(fairId, productId, photoId);
    const data = row ? await this.storage.read(row.storage_key) : undefined;
    if (!row || !data) throw AppError.notFound('Photo');
    return { contentType: row.content_type, data };
  }

  /**
   * Village and craft filters become id and code lists (from tiny tables) so the big query
   * can use its indexes; undefined means a filter matched nothing, so no product can.
   */
  private async resolveFilters(query: {
    village?: string;
    craft?: string;
  }): Promise<{ villageIds?: string[]; craftCodes?: string[] } | undefined> {
    const villageIds = query.village
      ? await this.cache.get(`village:${query.village}`, () => this.read.villageIds(query.village!))
      : undefined;
    const craftCodes = query.craft
      ? await this.cache.get(`craft:${query.craft}`, () => this.read.craftCodes(query.craft!))
      : undefined;
    if (villageIds?.length === 0 || craftCodes?.length === 0) return undefined;
    return { villageIds, craftCodes };
  }

  private exhibitorDto(r: ExhibitorRow, lang: Lang): PublicExhibitorDto {
    return {
      id: r.id,
      name: pick(lang, r.name_vi, r.name_en),
      nameVi: r.name_vi,
      nameEn: r.name_en,
      village: r.village_id ? { id: r.village_id, name: r.village_name! } : null,
      craft: r.craft_code
        ? { code: r.craft_code, name: pick(lang, r.craft_vi!, r.craft_en) }
        : null,
      boothCodes: r.booth_codes,
      productCount: r.product_count,
    };
  }

  private productSummary(fairId: string, r: ProductRow, lang: Lang): PublicProductSummaryDto {
    return {
      id: r.id,
      name: pick(lang, r.name_vi, r.name_en),
      nameVi: r.name_vi,
      nameEn: r.name_en,
      category: r.category,
      materials: r.materials,
      priceMin: r.price_min,
      priceMax: r.price_max,
      minOrderQuantity: r.min_order_quantity,
      ocopStars: r.ocop_stars,
      photoUrl: r.photo_id ? publicPhotoPath(fairId, r.id, r.photo_id) : null,
      producer: {
        id: r.producer_id,
        name: pick(lang, r.producer_name_vi, r.producer_name_en),
        village: r.village_id ? { id: r.village_id, name: r.village_name! } : null,
        craft: r.craft_code
          ? { code: r.craft_code, name: pick(lang, r.craft_vi!, r.craft_en) }
          : null,
      },
      pageUrl: productPageUrl(this.config.publicUrl, fairId, r.id),
    };
  }

  private today(): string {
    return hanoiToday(this.clock.now());
  }
}
