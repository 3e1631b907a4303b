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

  /** When each sample's last custody step (by trail order) was taken; no trail, no entry. */
  async lastStepAt(sampleIds: readonly string[]): Promise<Map<string, Date>> {
    if (sampleIds.length === 0) return new Map();
    const rows: { sampleId: string; at: Date }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (sample_id) sample_id AS "sampleId", occurred_at AS at
         FROM sample_custody_events WHERE sample_id = ANY($1::uuid[])
        ORDER BY sample_id, seq DESC`,
      [sampleIds],
    );
    return new Map(rows.map((r) => [r.sampleId, r.at]));
  }
}
