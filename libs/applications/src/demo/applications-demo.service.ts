import { Injectable, Logger } from '@nestjs/common';
import { AuthUser } from '@hoicho/platform';
import { ApplicationDecision } from '../domain';
import { ApplicationSubmissionService } from '../forms/application-submission.service';
import { ApplicationWithdrawalService } from '../forms/application-withdrawal.service';
import { DraftApplicationsService } from '../forms/draft-applications.service';
import { DecisionReleaseService } from '../review/decision-release.service';
import { DecisionService } from '../review/decision.service';

export interface DemoApplicant {
  /** A producer member: role producer with its producerId. */
  member: AuthUser;
  /** The plan's codes; the first booth type is the one priced. */
  boothTypes: string[];
  zones: string[];
  boothsWanted?: number;
  wantsCorner?: boolean;
  productIds?: string[];
  nearProducerIds?: string[];
  supportProgrammeId?: string | null;
}

/** Where each demo application ends; cycled over the applicants in order. */
const OUTCOMES = [
  'approved',
  'approved',
  'approved',
  'approved_staged',
  'waitlisted',
  'rejected',
  'submitted',
  'submitted',
  'draft',
  'withdrawn',
] as const;

type Outcome = (typeof OUTCOMES)[number];

/**
 * Demo data for the main command: applications in every status, written through the same
 * services as the API (fees, support grants, history and decision letters included). The fair
 * must be open, inside its application window.
 */
@Injectable()
export class ApplicationsDemoService {
  private readonly logger = new Logger(ApplicationsDemoService.name);

  constructor(
    private readonly drafts: DraftApplicationsService,
    private readonly submissions: ApplicationSubmissionService,
    private readonly withdrawals: ApplicationWithdrawalService,
    private readonly decisions: DecisionService,
    private readonly releases: DecisionReleaseService,
  ) {}

  async seed(
    fairId: string,
    organiser: AuthUser,
    applicants: readonly DemoApplicant[],
  ): Promise<Record<Outcome, number>> {
    const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
    const decided: Record<ApplicationDecision | 'approved_staged', string[]> = {
      approved: [],
      approved_staged: [],
      rejected: [],
      waitlisted: [],
    };
    for (const [i, a] of applicants.entries()) {
      const outcome = OUTCOMES[i % OUTCOMES.length];
      const created = await this.drafts.create(a.member, fairId, {
        boothsWanted: a.boothsWanted ?? 1,
        boothTypes: a.boothTypes,
        zones: a.zones,
        wantsCorner: a.wantsCorner ?? false,
        productIds: a.productIds ?? [],
        nearProducerIds: a.nearProducerIds ?? [],
        supportProgrammeId: a.supportProgrammeId ?? null,
        needs: { power: i % 3 === 0, water: i % 7 === 0 },
      });
      counts[outcome]++;
      if (outcome === 'draft') continue;
      if (outcome === 'withdrawn') {
        await this.withdrawals.withdraw(a.member, created.id, {
          reason: 'Cơ sở bận đơn hàng xuất khẩu',
        });
        continue;
      }
      await this.submissions.submit(a.member, created.id);
      if (outcome !== 'submitted') decided[outcome].push(created.id);
    }
    const stage = async (ids: string[], decision: ApplicationDecision, reason?: string) => {
      if (ids.length === 0) return;
      await this.decisions.decide(organiser, fairId, {
        applicationIds: ids,
        decision,
        ...(reason ? { reason } : {}),
      });
    };
    await stage(decided.approved, 'approved');
    await stage(decided.waitlisted, 'waitlisted');
    await stage(decided.rejected, 'rejected', 'Sản phẩm chưa phù hợp chủ đề của hội chợ');
    const released = [...decided.approved, ...decided.waitlisted, ...decided.rejected];
    if (released.length > 0) {
      await this.releases.release(organiser, fairId, { applicationIds: released });
    }
    // Left staged: the organiser's next release.
    await stage(decided.approved_staged, 'approved');
    this.logger.log(`seeded ${applicants.length} demo applications`);
    return counts;
  }
}
