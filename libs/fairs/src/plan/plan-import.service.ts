import { Injectable } from '@nestjs/common';
import { AuthUser, TransactionRunner } from '@hoicho/platform';
import { FairAccess } from '../common/fair-access.service';
import { BoothPlan, mergeBooths, parsePlanCsv, parsePlanJson, PlanReference } from '../domain';
import { ImportMode, PlanChangeDto } from './dto/plan-import.dto';
import { assertPlanStorable, planStep } from './plan-checks';
import { PlanSource } from './plan-import.source';
import { PlanRepository } from './plan.repository';
import { toDomainPlan } from './stored-plan';

/**
 * Imports booths from CSV or JSON in one transaction: every problem is reported at once (with
 * CSV line numbers) and nothing is written unless the whole file is sound.
 */
@Injectable()
export class PlanImportService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: FairAccess,
    private readonly plans: PlanRepository,
  ) {}

  async import(
    user: AuthUser,
    fairId: string,
    source: PlanSource,
    mode: ImportMode,
  ): Promise<PlanChangeDto> {
    await this.access.get(user, fairId);
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForPlanEdit(manager, fairId);
      const stored = await this.plans.load(fairId, manager);
      const current = toDomainPlan(stored);
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
        removed = await this.plans.deleteBooths(manager, fairId);
      }
      const base = mode === 'append' ? stored : { ...stored, booths: [] };
      await this.plans.insertBooths(manager, fairId, base, imported.booths);
      return {
        created: imported.booths.length,
        removed,
        total: plan.booths.length,
        codes: imported.booths.map((b) => b.code),
      };
    });
  }
}
