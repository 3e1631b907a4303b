import { Injectable } from '@nestjs/common';
import { AppError, AuthUser, TransactionRunner } from '@hoicho/platform';
import { EntityManager } from 'typeorm';
import { constraintOf } from '../common/db-errors';
import { SampleReportRepository } from '../samples/sample-report.repository';
import { showcaseHasCustody } from '../showcases.errors';
import { FairGate } from './fair-gate';
import { ShowcaseRepository } from './showcase.repository';

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
    private readonly transactions: TransactionRunner,
    private readonly gate: FairGate,
    private readonly showcases: ShowcaseRepository,
    private readonly reports: SampleReportRepository,
  ) {}

  async delete(user: AuthUser, fairId: string, showcaseId: string): Promise<void> {
    const fair = await this.gate.forOrganiser(user, fairId);
    this.gate.assertOngoing(fair);
    try {
      await this.transactions.run(async ({ manager }) => {
        // Locked first, so a new entry for this showcase waits and then finds it gone.
        const showcase = await this.showcases.lockInFair(manager, fairId, showcaseId);
        if (!showcase) throw AppError.notFound('Showcase');
        const inCustody = await this.custodyCounts(manager, showcaseId);
        if (Object.keys(inCustody).length > 0) throw showcaseHasCustody(inCustody);
        // Its entries go with it (ON DELETE CASCADE); none of them has a trail.
        await this.showcases.delete(manager, fairId, showcaseId);
      });
    } catch (error) {
      if (TRAIL_KEEPERS.includes(constraintOf(error) ?? '')) {
        // Read after the failed transaction, in one of its own.
        const inCustody = await this.transactions.run(({ manager }) =>
          this.custodyCounts(manager, showcaseId),
        );
        throw showcaseHasCustody(inCustody);
      }
      throw error;
    }
  }

  /** The showcase's samples that have any custody event, counted by where they stand now. */
  private async custodyCounts(
    manager: EntityManager,
    showcaseId: string,
  ): Promise<Record<string, number>> {
    const rows = await this.reports.custodyCounts(manager, showcaseId);
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  }
}
