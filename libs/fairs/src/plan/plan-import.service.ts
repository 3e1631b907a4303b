import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@hoicho/platform';
import { FairAccess } from '../common/fair-access.service';
import { BoothPlan, mergeBooths, parsePlanCsv, parsePlanJson, PlanReference } from '../domain';
import { ImportMode, PlanChangeDto } from './dto/plan-import.dto';
import { assertPlanStorable, planStep } from './plan-checks';
import { PlanSource } from './plan-import.source';
import { PlanStore } from './plan-store.service';

/**
 * Imports booths from CSV or JSON in one transaction: every problem is reported at once (with
 * CSV line numbers) and nothing is written unless the whole file is sound.
 */
@Injectable()
export class PlanImportService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: FairAccess,
    private readonly store: PlanStore,
  ) {}

  import(fairId: string, source: PlanSource, mode: ImportMode): Promise<PlanChangeDto> {
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForPlanEdit(manager, fairId);
      const stored = await this.store.load(manager, fairId);
      const current = this.store.toDomain(stored);
      const reference: PlanReference = { zones: current.zones, boothTypes: current.boothTypes };
      const imported: BoothPlan = planStep(() =>
        source.format === 'csv'
          ? parsePlanCsv(source.data, reference)
          : parsePlanJson(source.data, reference),
      );
      let removed = 0;
      let plan = imported;
      if (mode === 'append') {
        plan = planStep(() => mergeBooths(current, imported.booths));
        assertPlanStorable(plan);
      } else {
        assertPlanStorable(plan);
        removed = await this.store.deleteBooths(manager, fairId);
      }
      const base = mode === 'append' ? stored : { ...stored, booths: [] };
      await this.store.insertBooths(manager, fairId, base, imported.booths);
      return {
        created: imported.booths.length,
        removed,
        total: plan.booths.length,
        codes: imported.booths.map((b) => b.code),
      };
    });
  }
}
