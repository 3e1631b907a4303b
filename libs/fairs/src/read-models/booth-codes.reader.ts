import { Injectable } from '@nestjs/common';
import { BoothCodeRow, PlanRepository } from '../plan/plan.repository';

export type { BoothCodeRow } from '../plan/plan.repository';

/** The codes of a fair's booths on its plan ("B-01"), for other libraries that hold booth ids. */
@Injectable()
export class BoothCodesReader {
  constructor(private readonly plans: PlanRepository) {}

  /**
   * The fair's booths among `boothIds`, by code; ids of another fair's booths, or of none, are
   * left out.
   */
  codes(fairId: string, boothIds: readonly string[]): Promise<BoothCodeRow[]> {
    return this.plans.boothCodes(fairId, boothIds);
  }
}
