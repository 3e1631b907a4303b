import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppError, AuthUser } from '@hoicho/platform';
import { FairAccess } from './common/fair-access.service';
import { FairDto } from './fairs/dto/fair-view.dto';
import { Fair } from './fairs/fair.entity';
import { FairQueryService } from './fairs/fair-query.service';
import { FairRepository } from './fairs/fair.repository';
import { PlanDto } from './plan/dto/plan.dto';
import { PlanReaderService } from './plan/plan-reader.service';
import { SupportProgrammeDto } from './support/dto/support-programme.dto';
import { SupportProgrammeRepository } from './support/support-programme.repository';
import { toSupportProgrammeDto } from './support/support-programme.view';

/**
 * What other areas (applications, allocation, showcases, invitations) may ask of fairs. They
 * never read the fairs tables directly; support budgets move through `SupportBudgets`.
 */
@Injectable()
export class FairsService {
  constructor(
    private readonly access: FairAccess,
    private readonly fairs: FairRepository,
    private readonly views: FairQueryService,
    private readonly plans: PlanReaderService,
    private readonly programmes: SupportProgrammeRepository,
  ) {}

  /** The fair if the caller's organising body runs it (admins: any); 404 otherwise. */
  getFairForUser(user: AuthUser, fairId: string): Promise<FairDto> {
    return this.views.get(user, fairId);
  }

  /** The fair whatever the caller (a producer applying to an open fair, a worker); 404 if none. */
  async getFair(fairId: string): Promise<FairDto> {
    const fair = await this.fairs.findById(fairId);
    if (!fair) throw AppError.notFound('Fair');
    return this.views.view(fair);
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
    const programme = await this.programmes.find(fairId, programmeId);
    if (!programme) throw AppError.notFound('Support programme');
    return toSupportProgrammeDto(programme);
  }
}
