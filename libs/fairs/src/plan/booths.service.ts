import { Injectable } from '@nestjs/common';
import { AppError, AuthUser, TransactionRunner } from '@hoicho/platform';
import { FairAccess } from '../common/fair-access.service';
import { applyBoothEdit } from './booth-edit';
import { PlanBoothDto, UpdateBoothDto } from './dto/booth.dto';
import { assertPlanStorable } from './plan-checks';
import { PlanRepository } from './plan.repository';
import { toPlanBooths } from './plan.view';
import { StoredPlan, toDomainPlan } from './stored-plan';

/** One booth at a time: read, edit (the plan is re-validated as a whole), delete; or all. */
@Injectable()
export class BoothsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: FairAccess,
    private readonly plans: PlanRepository,
  ) {}

  async get(user: AuthUser, fairId: string, boothId: string): Promise<PlanBoothDto> {
    await this.access.get(user, fairId);
    return this.find(await this.plans.load(fairId), boothId);
  }

  async update(
    user: AuthUser,
    fairId: string,
    boothId: string,
    dto: UpdateBoothDto,
  ): Promise<PlanBoothDto> {
    await this.access.get(user, fairId);
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForPlanEdit(manager, fairId);
      const stored = await this.plans.load(fairId, manager);
      const before = this.find(stored, boothId);
      const plan = toDomainPlan(stored);
      const booth = plan.booths.find((b) => b.code === before.code)!;
      applyBoothEdit(plan.booths, booth, dto);
      assertPlanStorable(plan);

      await this.plans.updateBooth(manager, fairId, boothId, {
        code: booth.code,
        zoneId: stored.zones.find((z) => z.code === booth.zone)!.id,
        boothTypeId: stored.types.find((t) => t.code === booth.type)!.id,
        x: booth.x,
        y: booth.y,
        width: booth.width,
        height: booth.height,
        corner: booth.corner,
        blocked: booth.blocked,
      });
      if (dto.neighbours) {
        const ids = new Map(stored.booths.map((b) => [b.code, b.id]));
        await this.plans.replaceNeighbours(
          manager,
          fairId,
          boothId,
          booth.neighbours.map((code) => ids.get(code)!),
        );
      }
      return this.find(await this.plans.load(fairId, manager), boothId);
    });
  }

  async remove(user: AuthUser, fairId: string, boothId: string): Promise<void> {
    await this.access.get(user, fairId);
    await this.transactions.run(async ({ manager }) => {
      await this.access.lockForPlanEdit(manager, fairId);
      if (!(await this.plans.deleteBooth(manager, fairId, boothId))) {
        throw AppError.notFound('Booth');
      }
    });
  }

  /** Empties the plan, keeping zones and booth types; returns how many booths went. */
  async clear(user: AuthUser, fairId: string): Promise<number> {
    await this.access.get(user, fairId);
    return this.transactions.run(async ({ manager }) => {
      await this.access.lockForPlanEdit(manager, fairId);
      return this.plans.deleteBooths(manager, fairId);
    });
  }

  private find(stored: StoredPlan, boothId: string): PlanBoothDto {
    const booth = toPlanBooths(stored).find((b) => b.id === boothId);
    if (!booth) throw AppError.notFound('Booth');
    return booth;
  }
}
