import { Injectable } from '@nestjs/common';
import { OfferRoundService } from '@hoicho/allocation';
import { ApplicationLedger } from '@hoicho/applications';
import { AppError, AuthUser, Clock, TransactionRunner } from '@hoicho/platform';
import { amountAsked, hanoiDay } from '../domain';
import { PaymentsAccess } from '../common/payments-access';
import { notOverdue } from '../payments.errors';
import { scheduleOf } from '../payments/payments-overview.service';
import { PaymentTermsService } from '../terms/payment-terms.service';

const OFFERING: readonly string[] = ['allocating', 'published', 'running'];

export interface ReleaseResult {
  /** Booths freed (of the released application). */
  freed: string[];
  /** Offers made to the waiting list, booth codes and producer. */
  offers: number;
}

/**
 * "Release the unpaid booth": an approval whose asked amount is past its due day is withdrawn
 * by the organiser (applications' ledger: history, grant back), then allocation's own offer
 * round frees its booths and offers them down the waiting list, as it does for a withdrawal.
 */
@Injectable()
export class UnpaidReleaseService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: PaymentsAccess,
    private readonly ledger: ApplicationLedger,
    private readonly terms: PaymentTermsService,
    private readonly offers: OfferRoundService,
    private readonly clock: Clock,
  ) {}

  async release(
    user: AuthUser,
    fairId: string,
    applicationId: string,
    reason: string | null,
  ): Promise<ReleaseResult> {
    const fair = await this.access.fair(user, fairId);
    const terms = await this.terms.of(fairId);
    await this.transactions.run(async ({ manager }) => {
      const [row] = await this.ledger.lock(manager, fairId, [applicationId]);
      if (!row) throw AppError.notFound('Application');
      const asked = row.amountDue !== null ? amountAsked(scheduleOf(row, fair, terms)) : null;
      if (row.status === 'approved' && asked && asked.dueOn >= hanoiDay(this.clock.now())) {
        throw notOverdue(asked.dueOn);
      }
      await this.ledger.cancelUnpaid(manager, fairId, applicationId, user.id, reason ?? 'unpaid');
    });
    // Before allocation there are no booths to free; after it, allocation's own offer round
    // frees the withdrawn application's booths and offers the free booths in turn.
    if (!OFFERING.includes(fair.status)) return { freed: [], offers: 0 };
    const round = await this.offers.offer(user, fairId, {});
    return { freed: round.freed, offers: round.offers.length };
  }
}
