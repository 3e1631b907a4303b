import { Injectable } from '@nestjs/common';
import { FairDto, FairsService, FairStatus, PublicFairsReader } from '@hoicho/fairs';
import { AppError, Page } from '@hoicho/platform';
import { Lang, pick } from '../common/lang';
import { CatalogueCache } from './catalogue-cache';
import { PublicFairDto } from './dto/catalogue.dto';

/** The fair states in which its catalogue is public. */
export const PUBLIC_FAIR_STATUSES: readonly FairStatus[] = ['published', 'running', 'closed'];

/** The fairs whose catalogue is public, through the fairs library's service and reader. */
@Injectable()
export class PublicFairsService {
  constructor(
    private readonly fairs: FairsService,
    private readonly reader: PublicFairsReader,
    private readonly cache: CatalogueCache,
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

  async list(lang: Lang, page: number, pageSize: number): Promise<Page<PublicFairDto>> {
    return this.cache.get(`fairs:${lang}:${page}:${pageSize}`, async () => {
      const { rows, total } = await this.reader.page(
        PUBLIC_FAIR_STATUSES,
        pageSize,
        (page - 1) * pageSize,
      );
      return {
        items: rows.map((f) => ({
          id: f.id,
          name: pick(lang, f.nameVi, f.nameEn),
          nameVi: f.nameVi,
          nameEn: f.nameEn,
          venueName: f.venueName,
          venueAddress: f.venueAddress,
          status: f.status,
          days: f.days,
        })),
        total,
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
}
