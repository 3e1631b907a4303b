import { Injectable } from '@nestjs/common';
import { FairStatus } from '../domain';
import { FairRepository, PublicFairRow } from '../fairs/fair.repository';

export type { PublicFairRow } from '../fairs/fair.repository';

/**
 * Fairs in the given states for a public list (the showcases' catalogue): latest first by their
 * first day, fairs without days last. Offered to other libraries so they need not read the
 * fairs tables.
 */
@Injectable()
export class PublicFairsReader {
  constructor(private readonly fairs: FairRepository) {}

  /** One page, with how many fairs there are (0 when the page is past the end). */
  page(
    statuses: readonly FairStatus[],
    limit: number,
    offset: number,
  ): Promise<{ rows: PublicFairRow[]; total: number }> {
    return this.fairs.publicPage(statuses, limit, offset);
  }
}
