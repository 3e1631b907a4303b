import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { FairStatus } from '../domain';
import { FairDayInput } from './fair-dates.rules';
import { FairDay } from './fair-day.entity';
import { Fair } from './fair.entity';

/** A fair as it is written: the database gives the id and the times. */
export type NewFair = Omit<Fair, 'id' | 'createdAt' | 'updatedAt' | 'requiredDocumentKinds'> &
  Partial<Pick<Fair, 'requiredDocumentKinds'>>;

/** A fair as anyone may see it: names, venue and days (hours as "HH:MM"). */
export interface PublicFairRow {
  id: string;
  nameVi: string;
  nameEn: string | null;
  venueName: string;
  venueAddress: string;
  status: FairStatus;
  days: { date: string; opens: string; closes: string }[];
}

/** Fairs and their opening days (`fairs`, `fair_days`), through their entities. */
@Injectable()
export class FairRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string): Promise<Fair | null> {
    return this.dataSource.getRepository(Fair).findOneBy({ id });
  }

  /** The fair with its row locked until the transaction ends; null if there is none. */
  lock(manager: EntityManager, id: string): Promise<Fair | null> {
    return manager
      .getRepository(Fair)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  insert(manager: EntityManager, fair: NewFair): Promise<Fair> {
    return manager.getRepository(Fair).save({ ...fair });
  }

  save(manager: EntityManager, fair: Fair): Promise<Fair> {
    return manager.getRepository(Fair).save({ ...fair });
  }

  /** A body's fairs, newest first, optionally of one status; with how many there are. */
  async pageByBody(
    organisingBodyId: string,
    status: FairStatus | undefined,
    page: { page: number; pageSize: number },
  ): Promise<{ fairs: Fair[]; total: number }> {
    const [fairs, total] = await this.dataSource.getRepository(Fair).findAndCount({
      where: { organisingBodyId, ...(status ? { status } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page.page - 1) * page.pageSize,
      take: page.pageSize,
    });
    return { fairs, total };
  }

  /** The opening days of these fairs (in no particular order). */
  daysOf(fairIds: readonly string[], manager?: EntityManager): Promise<FairDay[]> {
    if (fairIds.length === 0) return Promise.resolve([]);
    return (manager ?? this.dataSource.manager)
      .getRepository(FairDay)
      .findBy({ fairId: In([...fairIds]) });
  }

  async insertDays(
    manager: EntityManager,
    fairId: string,
    days: readonly FairDayInput[],
  ): Promise<void> {
    if (days.length === 0) return;
    await manager
      .getRepository(FairDay)
      .insert(days.map((d) => ({ fairId, day: d.date, opensAt: d.opens, closesAt: d.closes })));
  }

  /** The fair's calendar becomes `days`. */
  async replaceDays(
    manager: EntityManager,
    fairId: string,
    days: readonly FairDayInput[],
  ): Promise<void> {
    await manager.getRepository(FairDay).delete({ fairId });
    await this.insertDays(manager, fairId, days);
  }

  /**
   * One page of the fairs in `statuses`, latest first by their first day, fairs without days
   * last, with how many there are (0 when the page is past the end).
   */
  async publicPage(
    statuses: readonly FairStatus[],
    limit: number,
    offset: number,
  ): Promise<{ rows: PublicFairRow[]; total: number }> {
    const rows: (PublicFairRow & { total: number })[] = await this.dataSource.query(
      `SELECT f.id, f.name_vi AS "nameVi", f.name_en AS "nameEn", f.venue_name AS "venueName",
              f.venue_address AS "venueAddress", f.status,
              coalesce((SELECT json_agg(json_build_object('date', to_char(d.day, 'YYYY-MM-DD'),
                          'opens', to_char(d.opens_at, 'HH24:MI'), 'closes', to_char(d.closes_at, 'HH24:MI'))
                          ORDER BY d.day) FROM fair_days d WHERE d.fair_id = f.id), '[]') AS days,
              count(*) OVER ()::int AS total
         FROM fairs f WHERE f.status = ANY ($1::text[])
        ORDER BY (SELECT min(day) FROM fair_days d WHERE d.fair_id = f.id) DESC NULLS LAST, f.id
        LIMIT $2 OFFSET $3`,
      [statuses, limit, offset],
    );
    return {
      rows: rows.map(({ total: _total, ...fair }) => fair),
      total: rows[0]?.total ?? 0,
    };
  }
}
