import { Inject, Injectable } from '@nestjs/common';
import { CatalogueCache } from './catalogue-cache';
import { FAIR_EXHIBITOR_SOURCE, FairExhibitorSource } from './fair-exhibitor-source';
import { PublicShowcasesRepository } from './public-showcases.repository';

/** The producers exhibiting at one fair, and their booth codes. */
export class Roster {
  readonly producerIds: string[];

  constructor(private readonly booths: ReadonlyMap<string, string[]>) {
    this.producerIds = [...booths.keys()];
  }

  has(producerId: string): boolean {
    return this.booths.has(producerId);
  }

  boothCodes(producerId: string): string[] {
    return this.booths.get(producerId) ?? [];
  }
}

/**
 * Who a fair's catalogue shows: producers with an approved application or a published booth
 * (FairExhibitorSource), plus producers with an accepted showcase sample. Cached like every
 * public answer, so a fair's searches share one roster.
 */
@Injectable()
export class FairRoster {
  constructor(
    @Inject(FAIR_EXHIBITOR_SOURCE) private readonly source: FairExhibitorSource,
    private readonly showcases: PublicShowcasesRepository,
    private readonly cache: CatalogueCache,
  ) {}

  of(fairId: string): Promise<Roster> {
    return this.cache.get(`roster:${fairId}`, async () => {
      const [exhibitors, sampled] = await Promise.all([
        this.source.exhibitorsOf(fairId),
        this.showcases.sampleProducersOfFair(fairId),
      ]);
      const booths = new Map(exhibitors.map((e) => [e.producerId, e.boothCodes]));
      for (const producerId of sampled) if (!booths.has(producerId)) booths.set(producerId, []);
      return new Roster(booths);
    });
  }
}
