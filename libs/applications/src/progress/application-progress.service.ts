import { Injectable } from '@nestjs/common';
import { AppError, AuthUser, Clock } from '@hoicho/platform';
import { CreateApplicationDto } from '../dto/application-input.dto';
import { ApplicationEventRepository } from '../entities/application-event.repository';
import { ApplicationWishes } from '../forms/application-wishes';
import { OwnApplications } from '../forms/own-applications';
import { FairForProducer, ProducerFairs } from '../forms/producer-fairs';
import { ApplicationReadsRepository } from '../entities/application-reads.repository';
import { PricedApplication, quoteFee } from '../review/fee-quote';
import { ApplicationSettingsService } from '../settings/application-settings.service';
import { firstDayOf } from '../views/fair-context';
import {
  FairApplicantDto,
  FeeQuoteDto,
  PRODUCER_EVENTS,
  ProducerApplicationEventDto,
  ProducerEvent,
} from './dto/progress.dto';

const TOLD = new Set<string>(PRODUCER_EVENTS);

/** A producer follows its own application: what it would cost, and what it has been told. */
@Injectable()
export class ApplicationProgressService {
  constructor(
    private readonly own: OwnApplications,
    private readonly fairs: ProducerFairs,
    private readonly wishes: ApplicationWishes,
    private readonly settings: ApplicationSettingsService,
    private readonly history: ApplicationEventRepository,
    private readonly applicants: ApplicationReadsRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * The fee and support the application would get if approved now, priced as the review prices
   * an approval (same function); the budget left may shrink before the decision.
   */
  async quote(user: AuthUser, id: string): Promise<FeeQuoteDto> {
    const app = await this.own.find(user, id);
    return this.price(await this.fairs.load(app.fairId), app, app.supportProgrammeId);
  }

  /**
   * The same quote for a form not saved yet, so the producer sees the price while choosing;
   * the wishes are checked as a draft's are (a bad one is 400 naming its field), nothing is written.
   */
  async quoteWishes(
    user: AuthUser,
    fairId: string,
    dto: CreateApplicationDto,
  ): Promise<FeeQuoteDto> {
    const producerId = user.producerId;
    if (!producerId) throw AppError.notFound('Producer');
    const ctx = await this.fairs.load(fairId);
    const wishes = await this.wishes.resolve(producerId, dto, ctx);
    const snapshot = await this.wishes.snapshot(producerId, dto.productIds ?? [], ctx.fair);
    const app = {
      id: 'unsaved',
      boothsWanted: dto.boothsWanted,
      boothTypeIds: wishes.boothTypeIds ?? [],
      ...snapshot,
    };
    return this.price(ctx, app, wishes.supportProgrammeId ?? null);
  }

  /** Who else applied to the fair, by name, for the producer to choose neighbours from. */
  async fairApplicants(user: AuthUser, fairId: string): Promise<FairApplicantDto[]> {
    const producerId = user.producerId;
    if (!producerId) throw AppError.notFound('Producer');
    await this.fairs.load(fairId);
    return this.applicants.liveApplicantNames(fairId, producerId);
  }

  /** Oldest first; staged decisions and priority overrides are the organiser's, not told. */
  async timeline(user: AuthUser, id: string): Promise<ProducerApplicationEventDto[]> {
    const app = await this.own.find(user, id);
    const rows = await this.history.history(app.fairId, app.id);
    return rows
      .filter((row) => TOLD.has(row.event))
      .map((row) => ({
        event: row.event as ProducerEvent,
        status: row.toStatus,
        reason:
          row.event === 'withdraw' || (row.event === 'release' && row.toStatus === 'rejected')
            ? row.reason
            : null,
        amount: row.event === 'payment' ? String(row.data.amount ?? '') || null : null,
        occurredAt: row.occurredAt,
      }));
  }

  private async price(
    ctx: FairForProducer,
    app: PricedApplication,
    programmeId: string | null,
  ): Promise<FeeQuoteDto> {
    const programme = ctx.programmes.find((p) => p.id === programmeId) ?? null;
    const { depositPercent } = await this.settings.get(ctx.fair.id);
    const remaining = programme ? BigInt(programme.totalBudget) - BigInt(programme.budgetUsed) : 0n;
    const { breakdown, detail } = quoteFee({
      app,
      plan: ctx.plan,
      programme,
      remainingBudget: remaining,
      depositPercent,
      onDate: firstDayOf(ctx.fair, this.clock.now()),
    });
    return {
      fee: breakdown.fee.toString(),
      subsidy: breakdown.subsidy.toString(),
      budgetLimited: breakdown.subsidy < breakdown.subsidyByTerms,
      amountDue: breakdown.amountDue.toString(),
      depositPercent,
      deposit: breakdown.deposit.toString(),
      balance: breakdown.balance.toString(),
      programme: programme?.nameVi ?? null,
      unmet: detail.unmet,
    };
  }
}
