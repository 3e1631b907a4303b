import { Injectable, Logger } from '@nestjs/common';
import { FairsService } from '@hoicho/fairs';
import { TransactionRunner } from '@hoicho/platform';
import { AllocationContext } from '../common/allocation-context';
import { AllocationStateRepository } from '../publish/allocation-state.repository';
import { OfferPassing } from './offer-passing';
import { WaitlistOfferRepository } from './waitlist-offer.repository';

/** The sweep's part: pending offers past their time expire and pass to the next in line. */
@Injectable()
export class OfferExpiryService {
  private readonly logger = new Logger(OfferExpiryService.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly context: AllocationContext,
    private readonly fairs: FairsService,
    private readonly offers: WaitlistOfferRepository,
    private readonly states: AllocationStateRepository,
    private readonly passing: OfferPassing,
  ) {}

  /** Returns how many expired. */
  async expireDue(limit = 50): Promise<number> {
    let expired = 0;
    for (const { id, fairId } of await this.offers.duePending(limit)) {
      if (!(await this.offers.isDue(id))) continue;
      const fair = await this.fairs.getFair(fairId);
      const plan = await this.context.plan(fairId);
      await this.transactions.run(async (tx) => {
        await this.states.lock(tx.manager, fairId);
        const offer = await this.offers.lock(tx.manager, id);
        if (!offer || offer.status !== 'pending' || offer.expiresAt.getTime() > Date.now()) return;
        await this.passing.close(tx, fair, plan, offer, 'expired', null);
        expired++;
      });
    }
    if (expired) this.logger.log(`${expired} waiting-list offer(s) expired and passed on`);
    return expired;
  }
}
