import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { FairStatus } from '../domain';
import { FairDayInput } from './fair-dates.rules';
import { FairDay } from './fair-day.entity';
import { Fair } from './fair.entity';

/** A fair as it is written: the database gives the id and the times. */
export type NewFair = Omit<Fair, 'id' | 'createdAt' | 'updatedAt' | 'requiredDocumentKinds'> &
  Partial<Pick<Fair, 'requiredDocumentKinds'>>;

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
}
