import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FairsService } from '@hoicho/fairs';
import { Clock } from '@hoicho/platform';
import { ApplicationRepository } from '../entities/application.repository';
import { PriorityService } from '../review/priority.service';
import { firstDayOf, PlanIndex } from '../views/fair-context';
import { WaitlistCandidate } from './allocation-applicant';

/** The waiting list in offer order, for allocation's offers of freed booths. */
@Injectable()
export class WaitlistQueueService {
  constructor(
    private readonly fairs: FairsService,
    private readonly applications: ApplicationRepository,
    private readonly priorities: PriorityService,
    private readonly clock: Clock,
  ) {}

  /**
   * Waitlisted applications (released, nothing staged) as requests, best first: priority,
   * then the score behind it, then the earlier submission.
   */
  async waitlist(fairId: string, manager?: EntityManager): Promise<WaitlistCandidate[]> {
    const fair = await this.fairs.getFair(fairId);
    // One query at a time: `manager` may be a transaction's single connection.
    const plan = await this.fairs.getPlan(fairId);
    const priorities = await this.priorities.forFair(
      fairId,
      firstDayOf(fair, this.clock.now()),
      manager,
    );
    const rows = await this.applications.waitlistedInFair(fairId, manager);
    const index = new PlanIndex(plan);
    return rows
      .map((a) => ({
        id: a.id,
        producerId: a.producerId,
        producerName: a.producerName,
        size: a.boothsWanted,
        types: index.typeCodes(a.boothTypeIds),
        zones: index.zoneCodes(a.zoneIds),
        corner: a.wantsCorner,
        priority: priorities.get(a.id)?.priority ?? 1,
        score: priorities.get(a.id)?.score ?? 0,
        submittedAt: a.submittedAt,
      }))
      .sort(
        (x, y) =>
          y.priority - x.priority ||
          y.score - x.score ||
          (x.submittedAt?.getTime() ?? 0) - (y.submittedAt?.getTime() ?? 0) ||
          (x.id < y.id ? -1 : 1),
      );
  }
}
