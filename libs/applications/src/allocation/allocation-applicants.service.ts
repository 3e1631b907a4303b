import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '@hoicho/platform';
import { ApplicationEventRepository } from '../entities/application-event.repository';
import { ApplicationRepository } from '../entities/application.repository';
import { AllocationApplicant, toApplicant } from './allocation-applicant';

/**
 * Who allocation's applicants are, and the one status change publication causes: an approved
 * applicant left without a booth becomes waitlisted (released at once: the allocation's letter
 * tells the producer). The domain machine keeps a released approval final for the review;
 * allocation is the one place that may take it back, because the fair ran out of room. Fee and
 * grant are kept, so an offer accepted later restores the approval at the price the producer
 * was told.
 */
@Injectable()
export class AllocationApplicantsService {
  constructor(
    private readonly applications: ApplicationRepository,
    private readonly events: ApplicationEventRepository,
    private readonly clock: Clock,
  ) {}

  /** The fair's submitted applications with these ids, by id. */
  async applicants(
    fairId: string,
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<AllocationApplicant[]> {
    return (await this.applications.findSubmitted(fairId, ids, manager)).map(toApplicant);
  }

  /** Locks these applications (id order, so concurrent callers cannot deadlock). */
  async lock(
    manager: EntityManager,
    fairId: string,
    ids: readonly string[],
  ): Promise<AllocationApplicant[]> {
    return (await this.applications.lockInFair(manager, fairId, ids)).map(toApplicant);
  }

  /**
   * Released approvals among `ids` become waitlisted (others are left alone), in the caller's
   * transaction with their history; returns the ids that changed.
   */
  async markWaitlisted(
    manager: EntityManager,
    fairId: string,
    ids: readonly string[],
    actorId: string,
    data: Record<string, unknown>,
  ): Promise<string[]> {
    const rows = (await this.lock(manager, fairId, ids)).filter(
      (a) => a.status === 'approved' && a.pendingDecision === null,
    );
    if (rows.length === 0) return [];
    await this.applications.markWaitlisted(
      manager,
      fairId,
      rows.map((r) => r.id),
      this.clock.now(),
    );
    await this.events.append(
      manager,
      rows.map((a) => ({
        fairId,
        applicationId: a.id,
        event: 'waitlist' as const,
        from: { status: 'approved' as const, pendingDecision: null },
        to: { status: 'waitlisted' as const, pendingDecision: null },
        reason: 'No booth was left for the application when the allocation was published',
        data,
        actorId,
      })),
    );
    return rows.map((r) => r.id);
  }
}
