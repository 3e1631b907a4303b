import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppError, assertBodyAccess, AuthUser } from '@hoicho/platform';
import { fairLocked, PLAN_EDITABLE, planLocked } from '../fairs.errors';
import { Fair } from '../fairs/fair.entity';
import { FairRepository } from '../fairs/fair.repository';

/**
 * Every use case on a fair starts here: the fair, if the caller's body runs it. The services
 * call it first thing (the one place fairs checks access); the locks keep status changes and
 * edits from interleaving.
 */
@Injectable()
export class FairAccess {
  constructor(private readonly fairs: FairRepository) {}

  /** 404 for a missing fair and for another body's fair alike, so ids leak nothing. */
  async get(user: AuthUser, fairId: string): Promise<Fair> {
    const fair = await this.fairs.findById(fairId);
    if (!fair) throw AppError.notFound('Fair');
    assertBodyAccess(user, fair.organisingBodyId, 'Fair');
    return fair;
  }

  /** Locks the fair row for the transaction, so a status change cannot interleave. */
  async lock(manager: EntityManager, fairId: string): Promise<Fair> {
    const fair = await this.fairs.lock(manager, fairId);
    if (!fair) throw AppError.notFound('Fair');
    return fair;
  }

  /** Fair details and programmes change until the fair is closed or cancelled. */
  async lockForEdit(manager: EntityManager, fairId: string): Promise<Fair> {
    const fair = await this.lock(manager, fairId);
    if (fair.status === 'closed' || fair.status === 'cancelled') throw fairLocked(fair.status);
    return fair;
  }

  /** Zones, booth types and booths change only while the fair is draft or open. */
  async lockForPlanEdit(manager: EntityManager, fairId: string): Promise<Fair> {
    const fair = await this.lock(manager, fairId);
    if (!PLAN_EDITABLE.includes(fair.status)) throw planLocked(fair.status);
    return fair;
  }
}
