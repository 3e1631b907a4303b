import { Injectable } from '@nestjs/common';
import { AuthUser } from '@hoicho/platform';
import { FairAccess } from '../common/fair-access.service';
import { renderPlanSvg } from '../domain';
import { PlanDto } from './dto/plan.dto';
import { PlanRepository } from './plan.repository';
import { toPlanDto } from './plan.view';
import { toDomainPlan } from './stored-plan';

/** The plan as JSON or as a drawing. */
@Injectable()
export class PlanReaderService {
  constructor(
    private readonly access: FairAccess,
    private readonly plans: PlanRepository,
  ) {}

  /** The plan of a fair the caller's body runs. */
  async planFor(user: AuthUser, fairId: string): Promise<PlanDto> {
    await this.access.get(user, fairId);
    return this.plan(fairId);
  }

  /** Whatever the caller: other areas read the plan through FairsService. */
  async plan(fairId: string): Promise<PlanDto> {
    return toPlanDto(fairId, await this.plans.load(fairId));
  }

  async svg(user: AuthUser, fairId: string): Promise<string> {
    const fair = await this.access.get(user, fairId);
    const stored = await this.plans.load(fairId);
    return renderPlanSvg(toDomainPlan(stored), { title: fair.nameVi });
  }
}
