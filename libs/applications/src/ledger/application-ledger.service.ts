import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SupportBudgets } from '@hoicho/fairs';
import { AppError, Clock } from '@hoicho/platform';
import { notPayable, overpayment } from '../applications.errors';
import { applyStep } from '../application-step';
import { ApplicationEventRepository } from '../entities/application-event.repository';
import { ApplicationRepository } from '../entities/application.repository';
import { ApplicationLedgerRepository, PayableRow } from './application-ledger.repository';

export type { PayableRow } from './application-ledger.repository';

/** One amount received for an application, as the payments area records it. */
export interface LedgerCredit {
  applicationId: string;
  amount: bigint;
  /** What the history line says: payment id, method, statement line, bank reference… */
  data: Record<string, unknown>;
}

/**
 * What the payments area (a library above this one) may read and do with applications'
 * money: the approvals that owe something, credits raising `amount_paid` with a history line
 * each, and cancelling an unpaid approval. In the caller's transaction; rules of the
 * application (approved, within the amount due) are checked here.
 */
@Injectable()
export class ApplicationLedger {
  constructor(
    private readonly ledger: ApplicationLedgerRepository,
    private readonly applications: ApplicationRepository,
    private readonly events: ApplicationEventRepository,
    private readonly budgets: SupportBudgets,
    private readonly clock: Clock,
  ) {}

  payables(fairId: string, manager?: EntityManager): Promise<PayableRow[]> {
    return this.ledger.payables(fairId, manager);
  }

  /** Released approvals of every fair that still owe money. */
  owing(): Promise<PayableRow[]> {
    return this.ledger.owing();
  }

  /** The fair's payables locked (in id order) for a batch of credits. */
  lockPayables(manager: EntityManager, fairId: string): Promise<PayableRow[]> {
    return this.ledger.payables(fairId, manager, true);
  }

  /** These applications of the fair (any status: a receipt outlives a withdrawal). */
  find(fairId: string, ids: readonly string[]): Promise<PayableRow[]> {
    return this.ledger.byIds(fairId, ids);
  }

  lock(manager: EntityManager, fairId: string, ids: readonly string[]): Promise<PayableRow[]> {
    return this.ledger.byIds(fairId, ids, manager, true);
  }

  /**
   * Records credits for applications the caller locked (`rows`): 409 not_payable unless a
   * released approval, 422 overpayment beyond what is still owed. One UPDATE, one INSERT.
   */
  async credit(
    manager: EntityManager,
    fairId: string,
    rows: readonly PayableRow[],
    credits: readonly LedgerCredit[],
    actorId: string,
  ): Promise<void> {
    const byId = new Map(rows.map((r) => [r.id, r]));
    const totals = new Map<string, bigint>();
    for (const c of credits) {
      const row = byId.get(c.applicationId);
      if (!row) throw AppError.notFound('Application');
      if (row.status !== 'approved' || row.amountDue === null) throw notPayable(row.status);
      const paid = BigInt(row.amountPaid) + (totals.get(row.id) ?? 0n);
      const outstanding = BigInt(row.amountDue) - paid;
      if (c.amount > outstanding) throw overpayment(outstanding);
      totals.set(row.id, (totals.get(row.id) ?? 0n) + c.amount);
    }
    await this.ledger.addPaid(
      manager,
      [...totals].map(([id, amount]) => ({ id, amount })),
    );
    const running = new Map<string, bigint>();
    const entries = credits.map((c) => {
      const paid =
        (running.get(c.applicationId) ?? BigInt(byId.get(c.applicationId)!.amountPaid)) + c.amount;
      running.set(c.applicationId, paid);
      return {
        fairId,
        applicationId: c.applicationId,
        data: { ...c.data, amount: c.amount.toString(), amountPaid: paid.toString() },
        actorId,
      };
    });
    // An approved application stays approved: from/to are the same on every payment line.
    await this.events.appendPayments(manager, entries);
  }

  /**
   * An approval the producer did not pay for is withdrawn by the organiser (its booths become
   * free for the waiting list; the grant goes back to its programme). 409 unless approved.
   */
  async cancelUnpaid(
    manager: EntityManager,
    fairId: string,
    applicationId: string,
    actorId: string,
    reason: string,
  ): Promise<void> {
    const [app] = await this.applications.lockInFair(manager, fairId, [applicationId]);
    if (!app) throw AppError.notFound('Application');
    if (app.status !== 'approved' || app.pendingDecision !== null) throw notPayable(app.status);
    // The organiser's withdrawal ignores the producer's deadline: it is the fair's own rule.
    const next = applyStep(app, 'withdraw', { now: this.clock.now(), withdrawalDeadline: null });
    const grant = BigInt(app.grantHeld);
    if (grant > 0n && app.supportProgrammeId) {
      await this.budgets.release(manager, app.supportProgrammeId, grant);
    }
    await this.applications.update(manager, app.id, {
      status: next.status,
      pendingDecision: null,
      pendingReason: null,
      grantHeld: '0',
      withdrawnAt: this.clock.now(),
    });
    await this.events.append(manager, [
      {
        fairId,
        applicationId: app.id,
        event: 'withdraw',
        from: app,
        to: next,
        reason,
        data: { unpaid: true, ...(grant > 0n ? { grantReleased: grant.toString() } : {}) },
        actorId,
      },
    ]);
  }
}
