import { Injectable } from '@nestjs/common';
import { ApplicationReadsRepository } from '@hoicho/applications';
import { FairDto, FairQueryService, FairsService } from '@hoicho/fairs';
import { AuthUser } from '@hoicho/platform';
import { UnreturnedTotalsReader } from '@hoicho/showcases';
import { DashboardDto } from './dashboard.dto';

/** Fairs whose review queue, budgets or samples the dashboard shows. */
const IN_PLAY = ['open', 'allocating', 'published', 'running', 'closed'];
const MAX_FAIRS = 100;

/**
 * The organising body's dashboard in one answer: each fair in play with its review queue,
 * samples not yet returned and support budgets. Each library counts its own part for all the
 * fairs at once (the budgets per fair, as their owner computes them), so the page makes one
 * request instead of three per fair.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly fairQueries: FairQueryService,
    private readonly fairs: FairsService,
    private readonly reviews: ApplicationReadsRepository,
    private readonly samples: UnreturnedTotalsReader,
  ) {}

  async forBody(user: AuthUser, bodyId: string): Promise<DashboardDto> {
    const inPlay = await this.fairsInPlay(user, bodyId);
    const ids = inPlay.map((fair) => fair.id);
    const [reviews, samples, programmes] = await Promise.all([
      this.reviews.reviewCounts(ids),
      this.samples.of(ids),
      Promise.all(ids.map((id) => this.fairs.getSupportProgrammes(id))),
    ]);
    const review = new Map(reviews.map((row) => [row.fairId, row]));
    const sample = new Map(samples.map((row) => [row.fairId, row]));
    return {
      fairs: ids.map((fairId, i) => ({
        fairId,
        waiting: review.get(fairId)?.waiting ?? 0,
        staged: review.get(fairId)?.staged ?? 0,
        unreturned: sample.get(fairId)?.total ?? 0,
        unreturnedValue: sample.get(fairId)?.declaredValue ?? '0',
        programmes: programmes[i],
      })),
    };
  }

  /** The body's newest fairs in play (the scope check is the fairs library's). */
  private async fairsInPlay(user: AuthUser, bodyId: string): Promise<FairDto[]> {
    const found: FairDto[] = [];
    for (let page = 1; found.length < MAX_FAIRS; page++) {
      const answer = await this.fairQueries.listByBody(user, bodyId, { page, pageSize: 100 });
      found.push(...answer.items.filter((fair) => IN_PLAY.includes(fair.status)));
      if (page * 100 >= answer.total) break;
    }
    return found.slice(0, MAX_FAIRS);
  }
}
