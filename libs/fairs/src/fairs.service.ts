import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, AuthUser } from '@hoicho/platform';
import { FairAccess } from './common/fair-access.service';
import { FairDto } from './fairs/dto/fair-view.dto';
import { Fair } from './fairs/fair.entity';
import { FairQueryService } from './fairs/fair-query.service';
import { PlanDto } from './plan/dto/plan.dto';
import { PlanReaderService } from './plan/plan-reader.service';
import { SupportProgrammeDto } from './support/dto/support-programme.dto';
import { SupportBudgetService } from './support/support-budget.service';
import { toSupportProgrammeDto } from './support/support-programme.view';
import { SupportProgrammesService } from './support/support-programmes.service';

/**
 * What other areas (applications, allocation, showcases) may ask of fairs. They never read
 * the fairs tables directly.
 */
@Injectable()
export class FairsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: FairAccess,
    private readonly fairs: FairQueryService,
    private readonly plans: PlanReaderService,
    private readonly programmes: SupportProgrammesService,
    private readonly budgets: SupportBudgetService,
  ) {}

  /** The fair if the caller's organising body runs it (admins: any); 404 otherwise. */
  async getFairForUser(user: AuthUser, fairId: string): Promise<FairDto> {
    return this.fairs.view(await this.access.get(user, fairId));
  }

  /** The fair whatever the caller (a producer applying to an open fair, a worker); 404 if none. */
  async getFair(fairId: string): Promise<FairDto> {
    const fair = await this.dataSource.getRepository(Fair).findOneBy({ id: fairId });
    if (!fair) throw AppError.notFound('Fair');
    return this.fairs.view(fair);
  }

  /** Locks the fair row in the caller's transaction (e.g. to apply only while it is open). */
  lockFair(manager: EntityManager, fairId: string): Promise<Fair> {
    return this.access.lock(manager, fairId);
  }

  /** Zones, booth types (prices as digit strings) and booths with ids and neighbour codes. */
  getPlan(fairId: string): Promise<PlanDto> {
    return this.plans.plan(fairId);
  }

  async getSupportProgrammes(fairId: string): Promise<SupportProgrammeDto[]> {
    return (await this.programmes.list(fairId)).map(toSupportProgrammeDto);
  }

  async getSupportProgramme(fairId: string, programmeId: string): Promise<SupportProgrammeDto> {
    return toSupportProgrammeDto(await this.programmes.get(fairId, programmeId));
  }

  /** Takes đồng from a programme's budget in the caller's transaction; false if it would overspend. */
  reserveSupportBudget(
    manager: EntityManager,
    programmeId: string,
    amount: bigint,
  ): Promise<boolean> {
    return this.budgets.reserve(manager, programmeId, amount);
  }

  releaseSupportBudget(manager: EntityManager, programmeId: string, amount: bigint): Promise<void> {
    return this.budgets.release(manager, programmeId, amount);
  }
}
