import { Injectable } from '@nestjs/common';
import { UsersService } from '@hoicho/accounts';
import { FairDto, FairsService } from '@hoicho/fairs';
import { AppError, AuthUser, Clock, Page } from '@hoicho/platform';
import { PriorityResult, TransitionContext } from '../domain';
import { ApplicationEventDto, ReviewApplicationDto } from '../dto/application-view.dto';
import { ApplicationQueryDto } from '../dto/review-input.dto';
import { ApplicationEventRepository } from '../entities/application-event.repository';
import { Application } from '../entities/application.entity';
import { ApplicationRepository } from '../entities/application.repository';
import { ReviewFilter, ReviewListRepository } from '../entities/review-list.repository';
import { toEventDto, toReviewDto } from '../views/application.view';
import { firstDayOf, PlanIndex, withdrawalDeadlineOf } from '../views/fair-context';
import { PriorityService } from './priority.service';

/** What organisers read: lists, one application, its history. */
@Injectable()
export class ApplicationQueryService {
  constructor(
    private readonly fairs: FairsService,
    private readonly applications: ApplicationRepository,
    private readonly lists: ReviewListRepository,
    private readonly history: ApplicationEventRepository,
    private readonly priorities: PriorityService,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  private async reviewContext(fair: FairDto) {
    const now = this.clock.now();
    const [plan, priorities] = await Promise.all([
      this.fairs.getPlan(fair.id),
      this.priorities.forFair(fair.id, firstDayOf(fair, now)),
    ]);
    const tctx: TransitionContext = { now, withdrawalDeadline: withdrawalDeadlineOf(fair) };
    return { plan: new PlanIndex(plan), priorities, tctx };
  }

  async list(
    user: AuthUser,
    fairId: string,
    query: ApplicationQueryDto,
  ): Promise<Page<ReviewApplicationDto>> {
    const fair = await this.fairs.getFairForUser(user, fairId);
    const ctx = await this.reviewContext(fair);
    const view = (app: Application) =>
      toReviewDto(app, ctx.plan, ctx.tctx, ctx.priorities.get(app.id));
    const filter = this.filterOf(query, ctx.plan, ctx.priorities);
    const order = query.order ?? 'asc';
    const sort = query.sort ?? 'submittedAt';
    if (sort !== 'priority') {
      const { rows, total } = await this.lists.page(fairId, filter, sort, order, query);
      return { items: rows.map(view), page: query.page, pageSize: query.pageSize, total };
    }
    // Priority is computed, not stored: sort the filtered applications in memory.
    const all = await this.lists.all(fairId, filter);
    const rank = (app: Application) => ctx.priorities.get(app.id)?.priority ?? 0;
    const score = (app: Application) => ctx.priorities.get(app.id)?.score ?? 0;
    const sign = order === 'desc' ? -1 : 1;
    all.sort(
      (x, y) =>
        sign * (rank(x) - rank(y)) ||
        sign * (score(x) - score(y)) ||
        (x.submittedAt?.getTime() ?? 0) - (y.submittedAt?.getTime() ?? 0) ||
        (x.id < y.id ? -1 : 1),
    );
    const start = (query.page - 1) * query.pageSize;
    return {
      items: all.slice(start, start + query.pageSize).map(view),
      page: query.page,
      pageSize: query.pageSize,
      total: all.length,
    };
  }

  /** The query's filters as the list reads them; a zone is named by its code. */
  private filterOf(
    query: ApplicationQueryDto,
    plan: PlanIndex,
    priorities: Map<string, PriorityResult>,
  ): ReviewFilter {
    const { status, pending, village, craft, ocopMin, zone, programme } = query;
    const filter: ReviewFilter = { status, pending, village, craft, ocopMin };
    if (zone !== undefined) {
      const found = plan.zonesByCode.get(zone);
      if (!found)
        throw AppError.validation([{ field: 'zone', message: 'is not a zone of this fair' }]);
      filter.zoneId = found.id;
    }
    if (programme !== undefined) filter.programmeId = programme;
    if (query.priority !== undefined) {
      // Computed for the whole fair on each read, so handed to the list as the matching ids.
      filter.ids = [...priorities.values()]
        .filter((result) => result.priority === query.priority)
        .map((result) => result.id);
    }
    return filter;
  }

  /** The organiser's view of some of the fair's applications, in the order asked. */
  async reviewViews(
    user: AuthUser,
    fairId: string,
    ids: readonly string[],
  ): Promise<ReviewApplicationDto[]> {
    const fair = await this.fairs.getFairForUser(user, fairId);
    const rows = await this.applications.findSubmitted(fairId, ids);
    const byId = new Map(rows.map((r) => [r.id, r]));
    if (ids.some((id) => !byId.has(id))) throw AppError.notFound('Application');
    const ctx = await this.reviewContext(fair);
    return ids.map((id) => {
      const app = byId.get(id)!;
      return toReviewDto(app, ctx.plan, ctx.tctx, ctx.priorities.get(id));
    });
  }

  async events(user: AuthUser, fairId: string, id: string): Promise<ApplicationEventDto[]> {
    await this.reviewViews(user, fairId, [id]);
    const rows = await this.history.history(fairId, id);
    const names = new Map<string, string | null>();
    for (const actorId of new Set(rows.map((r) => r.actorId))) {
      names.set(actorId, (await this.users.findById(actorId))?.fullName ?? null);
    }
    return rows.map((row) => toEventDto(row, names.get(row.actorId) ?? null));
  }
}
