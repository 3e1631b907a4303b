import { Injectable } from '@nestjs/common';
import { AppError, AuthUser, TransactionRunner } from '@hoicho/platform';
import { DataSource, EntityManager } from 'typeorm';
import { constraintOf } from '../common/db-errors';
import { showcaseHasCustody } from '../showcases.errors';
import { FairGate } from './fair-gate';
import { Showcase } from './showcase.entity';

/**
 * The foreign keys that keep a sample with a trail (or a buyer's inquiry from its label) from
 * being deleted along with its showcase (migration 1795800511000).
 */
const TRAIL_KEEPERS = ['sample_custody_events_sample_id_fkey', 'inquiries_sample_id_fkey'];

/**
 * Deleting a showcase with its open entries. The custody trail never vanishes: a showcase any
 * of whose samples has a custody event stays (409 saying how many and where they stand). The
 * database holds the same line, so a sample accepted while this runs still stops it.
 */
@Injectable()
export class ShowcaseDeletion {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly gate: FairGate,
  ) {}

  async delete(user: AuthUser, fairId: string, showcaseId: string): Promise<void> {
    const fair = await this.gate.forOrganiser(user, fairId);
    this.gate.assertOngoing(fair);
    try {
      await this.transactions.run(async ({ manager }) => {
        // Locked first, so a new entry for this showcase waits and then finds it gone.
        const showcase = await manager.getRepository(Showcase).findOne({
          where: { id: showcaseId, fairId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!showcase) throw AppError.notFound('Showcase');
        const inCustody = await custodyCounts(manager, showcaseId);
        if (Object.keys(inCustody).length > 0) throw showcaseHasCustody(inCustody);
        // Its entries go with it (ON DELETE CASCADE); none of them has a trail.
        await manager.getRepository(Showcase).delete({ id: showcaseId, fairId });
      });
    } catch (error) {
      if (TRAIL_KEEPERS.includes(constraintOf(error) ?? '')) {
        throw showcaseHasCustody(await custodyCounts(this.dataSource.manager, showcaseId));
      }
      throw error;
    }
  }
}

/** The showcase's samples that have any custody event, counted by where they stand now. */
async function custodyCounts(
  manager: EntityManager,
  showcaseId: string,
): Promise<Record<string, number>> {
  const rows: { status: string; n: number }[] = await manager.query(
    `SELECT s.custody_status AS status, count(*)::int AS n
       FROM showcase_samples s
      WHERE s.showcase_id = $1
        AND EXISTS (SELECT 1 FROM sample_custody_events e WHERE e.sample_id = s.id)
      GROUP BY 1
      ORDER BY array_position(
        ARRAY['requested', 'received', 'on_display', 'returned', 'sold', 'damaged', 'lost', 'cancelled'],
        s.custody_status)`,
    [showcaseId],
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
