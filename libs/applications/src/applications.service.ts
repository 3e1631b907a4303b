import { Injectable } from '@nestjs/common';
import { FairsService } from '@hoicho/fairs';
import { Clock } from '@hoicho/platform';
import { AllocationRequestData } from './dto/application-view.dto';
import { ApplicationRepository } from './entities/application.repository';
import { PriorityService } from './review/priority.service';
import { firstDayOf, PlanIndex } from './views/fair-context';

/** What other areas (allocation) may ask of applications; they never read its tables. */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly fairs: FairsService,
    private readonly applications: ApplicationRepository,
    private readonly priorities: PriorityService,
    private readonly clock: Clock,
  ) {}

  /**
   * The fair's approved applications as allocation requests (ALLOCATION.md), sorted by id: `id`
   * is the application id, `types` and `zones` are the plan's codes, `priority` is 1–5 from the
   * organiser's rules or override, and `near` turns wished producers into the ids of their
   * approved applications (wishes for producers without one are dropped). A staged approval
   * counts, as the organiser works with it.
   */
  async approvedRequests(fairId: string): Promise<AllocationRequestData[]> {
    const fair = await this.fairs.getFair(fairId);
    const [plan, priorities, apps] = await Promise.all([
      this.fairs.getPlan(fairId),
      this.priorities.forFair(fairId, firstDayOf(fair, this.clock.now())),
      this.applications.approvedInFair(fairId),
    ]);
    const index = new PlanIndex(plan);
    const appOfProducer = new Map(apps.map((a) => [a.producerId, a.id]));
    return apps.map((app) => ({
      id: app.id,
      producerId: app.producerId,
      producerName: app.producerName,
      size: app.boothsWanted,
      types: index.typeCodes(app.boothTypeIds),
      zones: index.zoneCodes(app.zoneIds),
      corner: app.wantsCorner,
      priority: priorities.get(app.id)?.priority ?? 1,
      near: app.nearProducerIds
        .map((producerId) => appOfProducer.get(producerId))
        .filter((id): id is string => id !== undefined && id !== app.id)
        .sort(),
    }));
  }
}
