import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FairDto, FairsService, PlanDto, SupportBudgets } from '@hoicho/fairs';
import { Clock } from '@hoicho/platform';
import { ApplicationEventRepository } from '../entities/application-event.repository';
import { Application } from '../entities/application.entity';
import { ApplicationRepository } from '../entities/application.repository';
import { ApprovalPricing } from '../review/approval-pricing';
import { ApplicationSettingsService } from '../settings/application-settings.service';
import { firstDayOf, PlanIndex } from '../views/fair-context';
import { AllocationApplicant, toApplicant } from './allocation-applicant';

/** An application and the type code of each booth it was allocated. */
export interface AllocatedBooths {
  applicationId: string;
  boothTypes: readonly string[];
}

/**
 * Publication prices each producer by the booths it was actually given (a corner booth at its
 * type's price, not the first choice's), with the same pure quote the review uses: the old
 * grant goes back to its programme and the new one is taken from what is then left, in the
 * caller's transaction (the applications are locked by the caller; the programmes here, in id
 * order). An application whose booth lines did not change is left as priced.
 */
@Injectable()
export class AllocationPricingService {
  constructor(
    private readonly fairs: FairsService,
    private readonly applications: ApplicationRepository,
    private readonly events: ApplicationEventRepository,
    private readonly settings: ApplicationSettingsService,
    private readonly budgets: SupportBudgets,
    private readonly pricing: ApprovalPricing,
    private readonly clock: Clock,
  ) {}

  /** The applicants as priced after this call, by id (unchanged ones too). */
  async reprice(
    manager: EntityManager,
    fair: FairDto,
    planDto: PlanDto,
    allocated: readonly AllocatedBooths[],
    actorId: string,
  ): Promise<Map<string, AllocationApplicant>> {
    const booths = new Map(allocated.map((a) => [a.applicationId, a.boothTypes]));
    const apps = await this.applications.lockInFair(manager, fair.id, [...booths.keys()]);
    const plan = new PlanIndex(planDto);
    const stale = apps.filter((a) => !sameLines(a, plan, booths.get(a.id)!));
    const result = new Map(apps.map((a) => [a.id, toApplicant(a)]));
    if (stale.length === 0) return result;

    const now = this.clock.now();
    const settings = await this.settings.get(fair.id, manager);
    const programmes = new Map(
      (await this.programmesOf(fair.id, stale)).map((p) => [p.id, p] as const),
    );
    const remaining = await this.budgets.lockRemaining(manager, [...programmes.keys()].sort());
    for (const app of stale) {
      const held = BigInt(app.grantHeld);
      const programmeId = app.supportProgrammeId;
      if (held > 0n && programmeId) {
        await this.budgets.release(manager, programmeId, held);
        remaining.set(programmeId, (remaining.get(programmeId) ?? 0n) + held);
      }
      const programme = programmeId ? (programmes.get(programmeId) ?? null) : null;
      const priced = await this.pricing.price(manager, {
        app,
        plan,
        programme,
        remainingBudget: programme ? (remaining.get(programme.id) ?? 0n) : 0n,
        depositPercent: settings.depositPercent,
        onDate: firstDayOf(fair, now),
        booths: booths.get(app.id)!,
      });
      if (priced.programmeId) {
        remaining.set(priced.programmeId, remaining.get(priced.programmeId)! - priced.grant);
      }
      await this.applications.update(manager, app.id, priced.fields);
      await this.events.append(manager, [
        {
          fairId: fair.id,
          applicationId: app.id,
          event: 'update',
          from: { status: app.status, pendingDecision: app.pendingDecision },
          to: { status: app.status, pendingDecision: app.pendingDecision },
          reason: 'Priced by the booths allocated',
          data: {
            source: 'allocation',
            fee: priced.fields.fee,
            amountDue: priced.fields.amountDue,
          },
          actorId,
        },
      ]);
      result.set(app.id, toApplicant({ ...app, ...priced.fields } as Application));
    }
    return result;
  }

  private async programmesOf(fairId: string, apps: readonly Application[]) {
    const wanted = new Set(apps.map((a) => a.supportProgrammeId).filter((x) => x !== null));
    if (wanted.size === 0) return [];
    return (await this.fairs.getSupportProgrammes(fairId)).filter((p) => wanted.has(p.id));
  }
}

/** Whether the application is already priced at exactly these booths' types and counts. */
function sameLines(app: Application, plan: PlanIndex, types: readonly string[]): boolean {
  if (app.feeDetail === null) return false;
  const counts = new Map<string, number>();
  for (const code of types) counts.set(code, (counts.get(code) ?? 0) + 1);
  const lines = app.feeDetail.lines;
  return (
    lines.length === counts.size &&
    lines.every(
      (l) =>
        counts.get(l.boothType) === l.count &&
        plan.typesByCode.get(l.boothType)?.price === l.unitPrice,
    )
  );
}
