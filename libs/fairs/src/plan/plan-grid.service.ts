import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@hoicho/platform';
import { FairAccess } from '../common/fair-access.service';
import { generateGrid, mergeBooths } from '../domain';
import { PlanGridDto } from './dto/plan-grid.dto';
import { PlanChangeDto } from './dto/plan-import.dto';
import { assertPlanStorable, planStep } from './plan-checks';
import { PlanStore } from './plan-store.service';

/** Adds a rows × columns block of booths to a plan in one request. */
@Injectable()
export class PlanGridService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: FairAccess,
    private readonly store: PlanStore,
  ) {}

  generate(fairId: string, dto: PlanGridDto): Promise<PlanChangeDto> {
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForPlanEdit(manager, fairId);
      const stored = await this.store.load(manager, fairId);
      const type = stored.types.find((t) => t.code === dto.type);
      const added = planStep(() =>
        generateGrid({
          ...dto,
          boothWidth: dto.boothWidth ?? type?.widthM,
          boothHeight: dto.boothHeight ?? type?.depthM,
        }),
      );
      const plan = planStep(() => mergeBooths(this.store.toDomain(stored), added));
      assertPlanStorable(plan);
      await this.store.insertBooths(manager, fairId, stored, added);
      return {
        created: added.length,
        removed: 0,
        total: plan.booths.length,
        codes: added.map((b) => b.code),
      };
    });
  }
}
