import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FieldIssue } from '@hoicho/platform';
import { FairStatus } from '../domain';
import { BoothTypeRepository } from '../plan/booth-type.repository';
import { PlanRepository } from '../plan/plan.repository';
import { ZoneRepository } from '../plan/zone.repository';

/**
 * What a fair needs before a legal step may happen: producers apply to zones and booth types,
 * so opening needs both; allocating needs booths that can be rented.
 */
@Injectable()
export class FairReadiness {
  constructor(
    private readonly zones: ZoneRepository,
    private readonly types: BoothTypeRepository,
    private readonly plans: PlanRepository,
  ) {}

  async issues(manager: EntityManager, fairId: string, to: FairStatus): Promise<FieldIssue[]> {
    const issues: FieldIssue[] = [];
    if (to === 'open') {
      if (!(await this.zones.anyInFair(manager, fairId))) {
        issues.push({ field: 'zones', message: 'the fair has no zones' });
      }
      if (!(await this.types.anyInFair(manager, fairId))) {
        issues.push({ field: 'boothTypes', message: 'the fair has no booth types' });
      }
    }
    if (to === 'allocating' && !(await this.plans.hasRentableBooth(manager, fairId))) {
      issues.push({ field: 'booths', message: 'the floor plan has no booth that can be rented' });
    }
    return issues;
  }
}
