import { Injectable } from '@nestjs/common';
import { CatalogueFiltersRepository } from '@hoicho/exhibitors';
import { CatalogueCache } from './catalogue-cache';

/** A village and a craft filter as id and code lists the search's indexes can use. */
export interface ResolvedFilters {
  villageIds?: string[];
  craftCodes?: string[];
}

/**
 * Village and craft filters become id and code lists (from tiny tables, cached) so the big
 * query can use its indexes.
 */
@Injectable()
export class CatalogueFilters {
  constructor(
    private readonly filters: CatalogueFiltersRepository,
    private readonly cache: CatalogueCache,
  ) {}

  /** Undefined when a filter matched nothing, so no product or exhibitor can. */
  async resolve(query: { village?: string; craft?: string }): Promise<ResolvedFilters | undefined> {
    const { village, craft } = query;
    const villageIds = village
      ? await this.cache.get(`village:${village}`, () => this.filters.villageIds(village))
      : undefined;
    const craftCodes = craft
      ? await this.cache.get(`craft:${craft}`, () => this.filters.craftCodes(craft))
      : undefined;
    if (villageIds?.length === 0 || craftCodes?.length === 0) return undefined;
    return { villageIds, craftCodes };
  }
}
