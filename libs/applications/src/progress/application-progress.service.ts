import { Injectable } from '@nestjs/common';
import { AuthUser, Clock } from '@hoicho/platform';
import { ApplicationEventRepository } from '../entities/application-event.repository';
import { OwnApplications } from '../forms/own-applications';
import { ProducerFairs } from '../forms/producer-fairs';
import { quoteFee } from '../review/fee-quote';
import { ApplicationSettingsService } from '../settings/application-settings.service';
import { firstDayOf } from '../views/fair-context';
import {
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
    private readonly settings: ApplicationSettingsService,
    private readonly history: ApplicationEventRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * The fee and support the application would get if approved now, priced as the review prices
   * an approval (same function); the budget left may shrink before the decision.
   */
  async quote(user: AuthUser, id: string): Promise<FeeQuoteDto> {
    const app = await this.own.find(user, id);
    const ctx = await this.fairs.load(app.fairId);
    const programme = ctx.programmes.find((p) => p.id === app.supportProgrammeId) ?? null;
    const { depositPercent } = await this.settings.get(app.fairId);
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
}
