import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { SampleCustodyEvent } from './sample-custody-event.entity';

export type NewCustodyEvent = Omit<SampleCustodyEvent, 'id' | 'seq'>;

/**
 * The custody trail: append-only (the database refuses UPDATE, DELETE and TRUNCATE, and checks
 * that each event starts where the trail ended).
 */
@Injectable()
export class CustodyEventRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** In the caller's transaction, with the sample's new status. */
  async append(manager: EntityManager, event: NewCustodyEvent): Promise<void> {
    await manager.getRepository(SampleCustodyEvent).insert(event);
  }

  /** The sample's trail in the order it happened. */
  trailOf(sampleId: string): Promise<SampleCustodyEvent[]> {
    return this.dataSource
      .getRepository(SampleCustodyEvent)
      .find({ where: { sampleId }, order: { seq: 'ASC' } });
  }
}
