import { Inject, Injectable } from '@nestjs/common';
import {
  PHOTO_STORAGE,
  PhotoStorage,
  PublicProductRow,
  PublicProductsRepository,
} from '@hoicho/exhibitors';
import { APP_CONFIG, AppConfig, AppError, Clock } from '@hoicho/platform';
import { Lang, pick } from '../common/lang';
import { CatalogueCache } from './catalogue-cache';
import { hanoiToday, inquiryFormPath, inquiryPath, publicPhotoPath } from './catalogue-urls';
import { dong, toProductSummary } from './catalogue-views';
import { PublicProductDto } from './dto/catalogue.dto';
import { FairRoster, Roster } from './fair-roster';
import { PublicFairsService } from './public-fairs.service';
import { PublicShowcasesRepository } from './public-showcases.repository';

/** A product's public page in a fair's catalogue, its photos, and the check inquiries rely on. */
@Injectable()
export class PublicProductService {
  constructor(
    private readonly fairs: PublicFairsService,
    private readonly roster: FairRoster,
    private readonly products: PublicProductsRepository,
    private readonly showcases: PublicShowcasesRepository,
    private readonly cache: CatalogueCache,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PHOTO_STORAGE) private readonly storage: PhotoStorage,
  ) {}

  /**
   * The product if the fair's catalogue shows it: published, of a published producer on the
   * fair's roster (the caller checked the fair is public).
   */
  async find(fairId: string, productId: string): Promise<PublicProductRow | undefined> {
    return this.shown(await this.roster.of(fairId), productId);
  }

  async page(fairId: string, productId: string, lang: Lang): Promise<PublicProductDto> {
    await this.fairs.publicFair(fairId);
    return this.cache.get(`product:${fairId}:${productId}:${lang}`, async () => {
      const roster = await this.roster.of(fairId);
      const row = await this.shown(roster, productId);
      if (!row) throw AppError.notFound('Product');
      const photos = await this.products.photos(productId);
      const showcases = await this.showcases.showcasesOfProduct(fairId, productId);
      const summary = toProductSummary(this.config.publicUrl, fairId, row, lang);
      return {
        id: row.id,
        fairId,
        name: summary.name,
        nameVi: row.nameVi,
        nameEn: row.nameEn,
        category: row.category,
        materials: row.materials,
        dimensionsText: row.dimensionsText,
        priceMin: dong(row.priceMin),
        priceMax: dong(row.priceMax),
        minOrderQuantity: row.minOrderQuantity,
        ocop:
          row.ocopStars !== null && row.ocopExpiresOn !== null
            ? { stars: row.ocopStars, expiresOn: row.ocopExpiresOn }
            : null,
        photos: photos.map((p) => ({
          id: p.id,
          url: publicPhotoPath(fairId, productId, p.id),
          caption: p.caption,
        })),
        producer: {
          ...summary.producer,
          nameVi: row.producerNameVi,
          nameEn: row.producerNameEn,
          boothCodes: roster.boothCodes(row.producerId),
        },
        showcases: showcases.map((s) => ({
          id: s.id,
          title: pick(lang, s.titleVi, s.titleEn),
          labelCode: s.labelCode,
        })),
        pageUrl: summary.pageUrl,
        inquiryFormUrl: inquiryFormPath(fairId),
        inquiryUrl: inquiryPath(fairId, productId),
      };
    });
  }

  /** A photo's bytes and type, if the fair's catalogue shows its product. */
  async photo(fairId: string, productId: string, photoId: string) {
    await this.fairs.publicFair(fairId);
    const file = await this.products.photoFile(productId, photoId);
    const shown = file && (await this.roster.of(fairId)).has(file.producerId);
    const data = shown ? await this.storage.read(file.storageKey) : undefined;
    if (!file || !data) throw AppError.notFound('Photo');
    return { contentType: file.contentType, data };
  }

  private async shown(roster: Roster, productId: string): Promise<PublicProductRow | undefined> {
    const [row] = await this.products.byIds([productId], hanoiToday(this.clock.now()));
    return row && roster.has(row.producerId) ? row : undefined;
  }
}
