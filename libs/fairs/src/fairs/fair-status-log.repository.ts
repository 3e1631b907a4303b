import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { FairStatusChange } from './fair-status-change.entity';

/** One step of a fair's life as it is written; the database gives the id and the time. */
export type NewFairStatusChange = Pick<
  FairStatusChange,
  'fairId' | 'fromStatus' | 'toStatus' | 'reason' | 'changedBy'
>;

/** The log of a fair's status changes (`fair_status_changes`). */
@Injectable()
export class FairStatusLogRepository {
  constructor(private readonly dataSource: DataSource) {}

  async append(manager: EntityManager, change: NewFairStatusChange): Promise<void> {
    await manager.getRepository(FairStatusChange).insert(change);
  }

  /** Oldest first. */
  history(fairId: string): Promise<FairStatusChange[]> {
    return this.dataSource
      .getRepository(FairStatusChange)
      .find({ where: { fairId }, order: { changedAt: 'ASC', id: 'ASC' } });
  }
}
