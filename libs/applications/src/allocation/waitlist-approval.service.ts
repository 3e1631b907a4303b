import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FairsService, SupportBudgets } from '@hoicho/fairs';
import { AppError, Clock } from '@hoicho/platform';
import { Application } from '../entities/application.entity';
import { ApplicationEventRepository } from '../entities/application-event.repository';
import { ApplicationChanges, ApplicationRepository } from '../entities/application.repository';
import { ApprovalPricing } from '../review/approval-pricing';
import { ApplicationSettingsService } from '../settings/application-settings.service';
import { firstDayOf, PlanIndex } from '../views/fair-context';
import { AllocationApplicant, toApplicant } from './allocation-applicant';

/**
 * A waitlisted applicant who accepts a booth offer becomes approved (approve + release in the
 * history), priced as the review prices an approval if it never was; in the caller's
 * transaction.
 */
@Injectable()
export class WaitlistApprovalService {
  constructor(
    private readonly fairs: FairsService,
    private readonly applications: ApplicationRepository,
    private readonly events: ApplicationEventRepository,
    private readonly settings: ApplicationSettingsService,
    private readonly budgets: SupportBudgets,
    private readonly pricing: ApprovalPricing,
    private readonly clock: Clock,
  ) {}

  /** 409 application_transition if it is not waitlisted any more. */
  async approveFromWaitlist(
    manager: EntityManager,
    fairId: string,
    applicationId: string,
    actorId: string,
    data: Record<string, unknown>,
  ): Promise<AllocationApplicant> {
    const [app] = await this.applications.lockInFair(manager, fairId, [applicationId]);
    if (!app) throw AppError.notFound('Application');
    if (app.status !== 'waitlisted') {
      throw new AppError(
        'conflict',
        'application_transition',
        `The application is ${app.status}, no longer on the waiting list`,
        [{ field: 'status', message: `is ${app.status}` }],
        { status: app.status, pendingDecision: app.pendingDecision },
      );
    }
    const now = this.clock.now();
    const fee: ApplicationChanges = app.fee === null ? await this.price(manager, app, now) : {};
    await this.applications.update(manager, app.id, {
      ...fee,
      status: 'approved',
      pendingDecision: null,
      pendingReason: null,
      decidedAt: now,
      releasedAt: now,
    });
    const staged = { status: 'waitlisted' as const, pendingDecision: 'approved' as const };
    await this.events.append(manager, [
      {
        fairId,
        applicationId: app.id,
        event: 'approve',
        from: { status: app.status, pendingDecision: app.pendingDecision },
        to: staged,
        data: fee.fee ? { ...data, fee: fee.fee, amountDue: fee.amountDue } : data,
        actorId,
      },
      {
        fairId,
        applicationId: app.id,
        event: 'release',
        from: staged,
        to: { status: 'approved', pendingDecision: null },
        data: { ...data, decision: 'approved' },
        actorId,
      },
    ]);
    return toApplicant({
      ...app,
      ...fee,
      status: 'approved',
      pendingDecision: null,
    } as Application);
  }

  /** The review's pricing of an approval, the programme's row locked for its budget. */
  private async price(
    manager: EntityManager,
    app: Application,
    now: Date,
  ): Promise<ApplicationChanges> {
    const fair = await this.fairs.getFair(app.fairId);
    const [plan, programmes, settings] = await Promise.all([
      this.fairs.getPlan(app.fairId),
      this.fairs.getSupportProgrammes(app.fairId),
      this.settings.get(app.fairId, manager),
    ]);
    const programme = programmes.find((p) => p.id === app.supportProgrammeId) ?? null;
    const remaining = programme
      ? ((await this.budgets.lockRemaining(manager, [programme.id])).get(programme.id) ?? 0n)
      : 0n;
    const priced = await this.pricing.price(manager, {
      app,
      plan: new PlanIndex(plan),
      programme,
      remainingBudget: remaining,
      depositPercent: settings.depositPercent,
      onDate: firstDayOf(fair, now),
    });
    return priced.fields;
  }
}
