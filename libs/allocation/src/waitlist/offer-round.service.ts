import { Injectable } from '@nestjs/common';
import { AllocationApplicantsService } from '@hoicho/applications';
import { AppError, AuthUser, FieldIssue, TransactionRunner, Tx } from '@hoicho/platform';
import { boothTaken } from '../allocation.errors';
import { AllocationContext, OFFERING, PlanLookup } from '../common/allocation-context';
import { AllocationStateRepository } from '../publish/allocation-state.repository';
import { BoothAssignmentRepository } from '../publish/booth-assignment.repository';
import { MakeOffersDto, OfferRoundDto } from './dto/waitlist.dto';
import { OfferPassing } from './offer-passing';
import { OfferViews } from './offer-views';

const DEFAULT_HOURS = 48;

/**
 * An organiser's round of offers: the published booths of applications no longer approved
 * (withdrawn) are freed first, then free booths (all, or those named) go down the waiting list.
 */
@Injectable()
export class OfferRoundService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly context: AllocationContext,
    private readonly states: AllocationStateRepository,
    private readonly assignments: BoothAssignmentRepository,
    private readonly applicants: AllocationApplicantsService,
    private readonly passing: OfferPassing,
    private readonly views: OfferViews,
  ) {}

  async offer(user: AuthUser, fairId: string, dto: MakeOffersDto): Promise<OfferRoundDto> {
    const fair = await this.context.fairFor(user, fairId, OFFERING);
    const plan = await this.context.plan(fairId);
    const hours = dto.expiresInHours ?? DEFAULT_HOURS;
    const round = await this.transactions.run(async (tx) => {
      await this.states.lock(tx.manager, fairId);
      const freed = await this.freeWithdrawn(tx, fairId, plan);
      const free = await this.passing.freeBooths(fairId, plan, tx.manager);
      const target = dto.booths ? chosen(dto.booths, plan, free) : free;
      const passed = await this.passing.passOn(tx, fair, plan, target, user.id, hours);
      if (passed.offers.length) await this.states.bump(tx.manager, fairId);
      return { freed, passed };
    });
    return {
      freed: round.freed,
      offers: await this.views.of(fairId, round.passed.offers),
      unoffered: round.passed.left.sort(),
    };
  }

  /** Published booths of applications no longer approved (withdrawn) become free. */
  private async freeWithdrawn(tx: Tx, fairId: string, plan: PlanLookup): Promise<string[]> {
    const published = await this.assignments.byApplication(fairId, tx.manager);
    if (published.size === 0) return [];
    const apps = await this.applicants.applicants(fairId, [...published.keys()], tx.manager);
    const gone = apps.filter((a) => a.status !== 'approved').map((a) => a.id);
    if (gone.length === 0) return [];
    await this.assignments.deleteForApplications(tx.manager, fairId, gone);
    await this.states.bump(tx.manager, fairId);
    return plan.codes(gone.flatMap((id) => published.get(id)!.boothIds)).sort();
  }
}

/** The booths the organiser named, each of the plan, not blocked and free. */
function chosen(codes: readonly string[], plan: PlanLookup, free: readonly string[]): string[] {
  const issues: FieldIssue[] = [];
  const busy: FieldIssue[] = [];
  codes.forEach((code, i) => {
    const booth = plan.byCode.get(code);
    if (!booth) issues.push({ field: `booths.${i}`, message: `booth ${code} is not in the plan` });
    else if (booth.blocked)
      issues.push({ field: `booths.${i}`, message: `booth ${code} is blocked` });
    else if (!free.includes(code)) {
      busy.push({ field: `booths.${i}`, message: `booth ${code} is assigned or offered` });
    }
  });
  if (issues.length) throw AppError.validation(issues);
  if (busy.length) throw boothTaken(busy, {});
  return [...new Set(codes)];
}
