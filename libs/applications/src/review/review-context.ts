import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FairDto, FairsService, SupportProgrammeDto } from '@hoicho/fairs';
import { AuthUser, Clock } from '@hoicho/platform';
import { applicationsNotFound, fairNotReviewing } from '../applications.errors';
import { TransitionContext } from '../domain';
import { Application } from '../entities/application.entity';
import { ApplicationRepository } from '../entities/application.repository';
import { ApplicationSettingsService } from '../settings/application-settings.service';
import { PlanIndex, withdrawalDeadlineOf } from '../views/fair-context';

/** Decisions, releases and payments happen while a fair is live, not in draft or after it. */
const REVIEWING = ['open', 'allocating', 'published', 'running'];

/** What a decision or a release works with. */
export interface ReviewContext {
  fair: FairDto;
  plan: PlanIndex;
  programmes: Map<string, SupportProgrammeDto>;
  depositPercent: number;
  tctx: TransitionContext;
}

/**
 * The organiser's side starts here: the fair, if the caller's body runs it (404 otherwise),
 * and the applications it names, locked. Organisers see only applications that were submitted.
 */
@Injectable()
export class ReviewAccess {
  constructor(
    private readonly fairs: FairsService,
    private readonly settings: ApplicationSettingsService,
    private readonly applications: ApplicationRepository,
    private readonly clock: Clock,
  ) {}

  /** The fair whatever its status (priority overrides, reads). */
  fair(user: AuthUser, fairId: string): Promise<FairDto> {
    return this.fairs.getFairForUser(user, fairId);
  }

  /** The fair in a reviewing status, with its plan, programmes and deposit rule. */
  async context(user: AuthUser, fairId: string): Promise<ReviewContext> {
    const fair = await this.fairs.getFairForUser(user, fairId);
    if (!REVIEWING.includes(fair.status)) throw fairNotReviewing(fair.status);
    const [plan, programmes, settings] = await Promise.all([
      this.fairs.getPlan(fairId),
      this.fairs.getSupportProgrammes(fairId),
      this.settings.get(fairId),
    ]);
    return {
      fair,
      plan: new PlanIndex(plan),
      programmes: new Map(programmes.map((p) => [p.id, p])),
      depositPercent: settings.depositPercent,
      tctx: { now: this.clock.now(), withdrawalDeadline: withdrawalDeadlineOf(fair) },
    };
  }

  /** Locks the fair's submitted applications with these ids, in id order; 404 names the rest. */
  async lock(
    manager: EntityManager,
    fairId: string,
    ids: readonly string[],
  ): Promise<Application[]> {
    const rows = await this.applications.lockSubmitted(manager, fairId, ids);
    if (rows.length < ids.length) {
      const found = new Set(rows.map((r) => r.id));
      throw applicationsNotFound(ids.filter((id) => !found.has(id)));
    }
    return rows;
  }
}
