import { Injectable } from '@nestjs/common';
import { AuthUser, TransactionRunner } from '@hoicho/platform';
import { FairAccess } from '../common/fair-access.service';
import { generateGrid, mergeBooths } from '../domain';
import { PlanGridDto } from './dto/plan-grid.dto';
import { PlanChangeDto } from './dto/plan-import.dto';
import { assertPlanStorable, planStep } from './plan-checks';
import { PlanRepository } from './plan.repository';
import { toDomainPlan } from './stored-plan';

/** Adds a rows × columns block of booths to a plan in one request. */
@Injectable()
export class PlanGridService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: FairAccess,
    private readonly plans: PlanRepository,
  ) {}

  async generate(user: AuthUser, fairId: string, dto: PlanGridDto): Promise<PlanChangeDto> {
    await this.access.get(user, fairId);
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForPlanEdit(manager, fairId);
      const stored = await this.plans.load(fairId, manager);
      const type = stored.types.find((t) => t.code === dto.type);
      const added = planStep(() =>
        generateGrid({
          ...dto,
          boothWidth: dto.boothWidth ?? type?.widthM,
          boothHeight: dto.boothHeight ?? type?.depthM,
        }),
      );
      const plan = planStep(() => mergeBooths(toDomainPlan(stored), added));
      assertPlanStorable(plan);
      await this.plans.insertBooths(manager, fairId, stored, added);
      return {
        created: added.length,
        removed: 0,
        total: plan.booths.length,
        codes: added.map((b) => b.code),
      };
    });
  }
}
