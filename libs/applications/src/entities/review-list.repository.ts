import { Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { escapeLike, searchKey } from '@hoicho/platform';
import { ApplicationStatus } from '../domain';
import { Application } from './application.entity';

/** The organiser's filters; a staged decision counts as the status. */
export interface ReviewFilter {
  status?: ApplicationStatus;
  pending?: boolean;
  /** Parts of the craft village's name or the craft's code; diacritics ignored. */
  village?: string;
  craft?: string;
  ocopMin?: number;
  /** A zone the producer wished, by id. */
  zoneId?: string;
  programmeId?: string;
  /** Only these applications (a filter on a computed figure, such as the priority). */
  ids?: readonly string[];
}

/** The orders the database can give (priority is computed, so sorted by the caller). */
export type ReviewSort = 'submittedAt' | 'status' | 'producer' | 'village' | 'craft' | 'ocop';

const REVIEW_STATUS = 'COALESCE(a.pendingDecision, a.status)';

/** Collation order of statuses in a list: the review's natural order, not the alphabet. */
const STATUS_ORDER = `CASE ${REVIEW_STATUS} WHEN 'submitted' THEN 1 WHEN 'approved' THEN 2
  WHEN 'waitlisted' THEN 3 WHEN 'rejected' THEN 4 WHEN 'withdrawn' THEN 5 ELSE 6 END`;

/**
 * The organiser's list of a fair's submitted applications: filters on the producer snapshot
 * (`hc_search_key` for diacritic-free matching), Vietnamese collation for names.
 */
@Injectable()
export class ReviewListRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One page in the order asked, then by submission and id; with the count of all matches. */
  async page(
    fairId: string,
    filter: ReviewFilter,
    sort: ReviewSort,
    order: 'asc' | 'desc',
    page: { page: number; pageSize: number },
  ): Promise<{ rows: Application[]; total: number }> {
    const qb = this.filtered(fairId, filter);
    const direction = order === 'desc' ? 'DESC' : 'ASC';
    const nulls = direction === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST';
    switch (sort) {
      case 'status':
        qb.orderBy(STATUS_ORDER, direction);
        break;
      case 'producer':
        qb.orderBy('a.producerName COLLATE vi', direction);
        break;
      case 'village':
        qb.orderBy('a.craftVillage COLLATE vi', direction, nulls);
        break;
      case 'craft':
        qb.orderBy('a.craft COLLATE vi', direction, nulls);
        break;
      case 'ocop':
        qb.orderBy('a.ocopStars', direction);
        break;
      default:
        qb.orderBy('a.submittedAt', direction, nulls);
    }
    if (sort !== 'submittedAt') qb.addOrderBy('a.submittedAt', 'ASC', 'NULLS LAST');
    qb.addOrderBy('a.id', 'ASC');
    const [rows, total] = await qb
      .offset((page.page - 1) * page.pageSize)
      .limit(page.pageSize)
      .getManyAndCount();
    return { rows, total };
  }

  /** Every match, unordered (for orders the database cannot compute). */
  all(fairId: string, filter: ReviewFilter): Promise<Application[]> {
    return this.filtered(fairId, filter).getMany();
  }

  private filtered(fairId: string, filter: ReviewFilter): SelectQueryBuilder<Application> {
    const qb = this.dataSource
      .getRepository(Application)
      .createQueryBuilder('a')
      .where('a.fairId = :fairId', { fairId })
      .andWhere('a.submittedAt IS NOT NULL');
    if (filter.status) qb.andWhere(`${REVIEW_STATUS} = :status`, { status: filter.status });
    if (filter.pending !== undefined) {
      qb.andWhere(filter.pending ? 'a.pendingDecision IS NOT NULL' : 'a.pendingDecision IS NULL');
    }
    if (filter.village) {
      qb.andWhere(`hc_search_key(a.craftVillage) LIKE :village`, {
        village: `%${escapeLike(searchKey(filter.village))}%`,
      });
    }
    if (filter.craft) {
      qb.andWhere(`hc_search_key(a.craft) LIKE :craft`, {
        craft: `%${escapeLike(searchKey(filter.craft))}%`,
      });
    }
    if (filter.ocopMin !== undefined) {
      qb.andWhere('a.ocopStars >= :ocop', { ocop: filter.ocopMin });
    }
    if (filter.zoneId) qb.andWhere(':zoneId = ANY(a.zoneIds)', { zoneId: filter.zoneId });
    if (filter.programmeId) {
      qb.andWhere('a.supportProgrammeId = :programmeId', { programmeId: filter.programmeId });
    }
    if (filter.ids) qb.andWhere('a.id = ANY(:ids)', { ids: [...filter.ids] });
    return qb;
  }
}
