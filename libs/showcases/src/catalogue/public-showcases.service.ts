import { Inject, Injectable } from '@nestjs/common';
import { PublicProductsRepository } from '@hoicho/exhibitors';
import { APP_CONFIG, AppConfig, Clock } from '@hoicho/platform';
import { Lang, pick } from '../common/lang';
import { CatalogueCache } from './catalogue-cache';
import { hanoiToday } from './catalogue-urls';
import { toProductSummary } from './catalogue-views';
import { PublicShowcaseDto } from './dto/catalogue.dto';
import { FairRoster } from './fair-roster';
import { PublicFairsService } from './public-fairs.service';
import { PublicShowcasesRepository } from './public-showcases.repository';

/** A public fair's showcases with their samples' label codes and products. */
@Injectable()
export class PublicShowcasesService {
  constructor(
    private readonly fairs: PublicFairsService,
    private readonly roster: FairRoster,
    private readonly showcases: PublicShowcasesRepository,
    private readonly products: PublicProductsRepository,
    private readonly cache: CatalogueCache,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async ofFair(fairId: string, lang: Lang): Promise<PublicShowcaseDto[]> {
    await this.fairs.publicFair(fairId);
    return this.cache.get(`showcases:${fairId}:${lang}`, async () => {
      const showcases = await this.showcases.ofFair(fairId);
      const samples = await this.showcases.acceptedSamplesOfFair(fairId);
      const roster = await this.roster.of(fairId);
      const rows = await this.products.byIds(
        [...new Set(samples.map((s) => s.productId))],
        hanoiToday(this.clock.now()),
      );
      const products = new Map(
        rows
          .filter((p) => roster.has(p.producerId))
          .map((p) => [p.id, toProductSummary(this.config.publicUrl, fairId, p, lang)]),
      );
      return showcases.map((s) => ({
        id: s.id,
        title: pick(lang, s.titleVi, s.titleEn),
        titleVi: s.titleVi,
        titleEn: s.titleEn,
        theme: s.theme,
        location: s.location,
        curator: s.curator,
        startsOn: s.startsOn,
        endsOn: s.endsOn,
        // Only samples whose product and producer are published.
        samples: samples
          .filter((x) => x.showcaseId === s.id && products.has(x.productId))
          .map((x) => ({ labelCode: x.labelCode, product: products.get(x.productId)! })),
      }));
    });
  }
}
