import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { UsersService } from '@hoicho/accounts';
import { FairDto, FairsService } from '@hoicho/fairs';
import { AppError, AuthUser, Clock, Page, searchKey } from '@hoicho/platform';
import { PriorityResult, TransitionContext } from '../domain';
import {
  AllocationRequestData,
  ApplicationEventDto,
  ReviewApplicationDto,
} from '../dto/application-view.dto';
import { ApplicationQueryDto } from '../dto/review-input.dto';
import { ApplicationEventRow } from '../entities/application-event.entity';
import { Application } from '../entities/application.entity';
import { toEventDto, toReviewDto } from '../views/application.view';
import { firstDayOf, PlanIndex, withdrawalDeadlineOf } from '../views/fair-context';
import { PriorityService } from './priority.service';

const REVIEW_STATUS = 'COALESCE(a.pendingDecision, a.status)';

/** Collation order of statuses in a list: the review's natural order, not the alphabet. */
const STATUS_ORDER = `CASE ${REVIEW_STATUS} WHEN 'submitted' THEN 1 WHEN 'approved' THEN 2
  WHEN 'waitlisted' THEN 3 WHEN 'rejected' THEN 4 WHEN 'withdrawn' THEN 5 ELSE 6 END`;

/** What organisers read: lists, one application, its history; and allocation's requests. */
@Injectable()
export class ApplicationQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly fairs: FairsService,
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
    const qb = this.dataSource
      .getRepository(Application)
      .createQueryBuilder('a')
      .where('a.fairId = :fairId', { fairId })
      .andWhere('a.submittedAt IS NOT NULL');
    if (query.status) qb.andWhere(`${REVIEW_STATUS} = :status`, { status: query.status });
    if (query.pending !== undefined) {
      qb.andWhere(query.pending ? 'a.pendingDecision IS NOT NULL' : 'a.pendingDecision IS NULL');
    }
    if (query.village) {
      qb.andWhere(`hc_search_key(a.craftVillage) LIKE :village`, {
        village: `%${likeEscape(searchKey(query.village))}%`,
      });
    }
    if (query.craft) {
      qb.andWhere(`hc_search_key(a.craft) LIKE :craft`, {
        craft: `%${likeEscape(searchKey(query.craft))}%`,
      });
    }
    if (query.ocopMin !== undefined) qb.andWhere('a.ocopStars >= :ocop', { ocop: query.ocopMin });

    const order = query.order === 'desc' ? 'DESC' : 'ASC';
    const sort = query.sort ?? 'submittedAt';
    const ctx = await this.reviewContext(fair);
    const view = (app: Application) =>
      toReviewDto(app, ctx.plan, ctx.tctx, ctx.priorities.get(app.id));

    if (sort === 'priority') {
      // Priority is computed, not stored: sort the filtered applications in memory.
      const all = await qb.getMany();
      const rank = (app: Application) => ctx.priorities.get(app.id)?.priority ?? 0;
      const score = (app: Application) => ctx.priorities.get(app.id)?.score ?? 0;
      const sign = order === 'DESC' ? -1 : 1;
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
    const nulls = order === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST';
    switch (sort) {
      case 'status':
        qb.orderBy(STATUS_ORDER, order);
        break;
      case 'village':
        qb.orderBy('a.craftVillage COLLATE vi', order, nulls);
        break;
      case 'craft':
        qb.orderBy('a.craft COLLATE vi', order, nulls);
        break;
      case 'ocop':
        qb.orderBy('a.ocopStars', order);
        break;
      default:
        qb.orderBy('a.submittedAt', order, nulls);
    }
    if (sort !== 'submittedAt') qb.addOrderBy('a.submittedAt', 'ASC', 'NULLS LAST');
    qb.addOrderBy('a.id', 'ASC');
    const [rows, total] = await qb
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(view), page: query.page, pageSize: query.pageSize, total };
  }

  /** The organiser's view of some of the fair's applications, in the order asked. */
  async reviewViews(
    user: AuthUser,
    fairId: string,
    ids: readonly string[],
  ): Promise<ReviewApplicationDto[]> {
    const fair = await this.fairs.getFairForUser(user, fairId);
    const rows = await this.dataSource
      .getRepository(Application)
      .find({ where: { fairId, id: In([...ids]) } });
    const byId = new Map(rows.filter((r) => r.submittedAt !== null).map((r) => [r.id, r]));
    if (ids.some((id) => !byId.has(id))) throw AppError.notFound('Application');
    const ctx = await this.reviewContext(fair);
    return ids.map((id) => {
      const app = byId.get(id)!;
      return toReviewDto(app, ctx.plan, ctx.tctx, ctx.priorities.get(id));
    });
  }

  async events(user: AuthUser, fairId: string, id: string): Promise<ApplicationEventDto[]> {
    await this.reviewViews(user, fairId, [id]);
    const rows = await this.dataSource
      .getRepository(ApplicationEventRow)
      .find({ where: { fairId, applicationId: id }, order: { seq: 'ASC' } });
    const names = new Map<string, string | null>();
    for (const actorId of new Set(rows.map((r) => r.actorId))) {
      names.set(actorId, (await this.users.findById(actorId))?.fullName ?? null);
    }
    return rows.map((row) => toEventDto(row, names.get(row.actorId) ?? null));
  }

  /**
   * The fair's approved applications (a staged approval counts, as the organiser works with
   * it) as allocation requests: sizes, booth type and zone codes, corner wish, priority 1–5,
   * and near-wishes turned from producer ids into the ids of those producers' approved
   * applications (wishes for producers without one are dropped). Sorted by id.
   */
  async allocationRequests(fairId: string): Promise<AllocationRequestData[]> {
    const fair = await this.fairs.getFair(fairId);
    const [plan, priorities, apps] = await Promise.all([
      this.fairs.getPlan(fairId),
      this.priorities.forFair(fairId, firstDayOf(fair, this.clock.now())),
      this.dataSource
        .getRepository(Application)
        .createQueryBuilder('a')
        .where('a.fairId = :fairId', { fairId })
        .andWhere(`${REVIEW_STATUS} = 'approved'`)
        .orderBy('a.id', 'ASC')
        .getMany(),
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
      priority: priorityOf(priorities.get(app.id)),
      near: app.nearProducerIds
        .map((producerId) => appOfProducer.get(producerId))
        .filter((id): id is string => id !== undefined && id !== app.id)
        .sort(),
    }));
  }
}

function priorityOf(result: PriorityResult | undefined): number {
  return result?.priority ?? 1;
}

function likeEscape(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
