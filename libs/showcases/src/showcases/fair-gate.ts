import { Injectable } from '@nestjs/common';
import { FairDto, FairsService, FairStatus } from '@hoicho/fairs';
import { AppError, AuthUser, Role } from '@hoicho/platform';
import { fairFinished } from '../showcases.errors';

/** Fairs whose showcases producers may see and propose to (drafts are the organisers' own). */
const PRODUCER_VISIBLE: readonly FairStatus[] = [
  'open',
  'allocating',
  'published',
  'running',
  'closed',
];
const FINISHED: readonly FairStatus[] = ['closed', 'cancelled'];

/** Which fair a caller may reach through the showcase routes, through FairsService only. */
@Injectable()
export class FairGate {
  constructor(private readonly fairs: FairsService) {}

  /** Organisers of the fair's body and admins; 404 for anyone else's fair. */
  forOrganiser(user: AuthUser, fairId: string): Promise<FairDto> {
    return this.fairs.getFairForUser(user, fairId);
  }

  /** Organisers as above; producer members for fairs past the draft. */
  async forReader(user: AuthUser, fairId: string): Promise<FairDto> {
    if (user.role !== Role.Producer) return this.forOrganiser(user, fairId);
    const fair = await this.fairs.getFair(fairId);
    if (!PRODUCER_VISIBLE.includes(fair.status)) throw AppError.notFound('Fair');
    return fair;
  }

  /** Entries and showcases change only while the fair is not closed or cancelled. */
  assertOngoing(fair: FairDto): void {
    if (FINISHED.includes(fair.status)) throw fairFinished(fair.status);
  }
}
