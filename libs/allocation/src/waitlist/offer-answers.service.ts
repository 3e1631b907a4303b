import { Injectable } from '@nestjs/common';
import { AllocationPricingService, WaitlistApprovalService } from '@hoicho/applications';
import { FairsService } from '@hoicho/fairs';
import { AppError, AuthUser, Clock, Role, TransactionRunner, Tx } from '@hoicho/platform';
import { boothTaken, fairNotAllocating, offerClosed } from '../allocation.errors';
import { AllocationContext, OFFERING } from '../common/allocation-context';
import { AllocationMail } from '../publish/allocation-mail';
import { AllocationStateRepository } from '../publish/allocation-state.repository';
import { BoothAssignmentRepository } from '../publish/booth-assignment.repository';
import { OfferDto } from './dto/waitlist.dto';
import { OfferPassing } from './offer-passing';
import { OfferViews } from './offer-views';
import { WaitlistOffer } from './waitlist-offer.entity';
import { WaitlistOfferRepository } from './waitlist-offer.repository';

/**
 * A producer answers its offer. Accept: the application becomes approved and the booths its
 * own (the unique booth key has the last word), with the booths letter. Decline: the booths
 * pass to the next in line. An offer found expired on the way expires (and passes on) first.
 */
@Injectable()
export class OfferAnswersService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly context: AllocationContext,
    private readonly fairs: FairsService,
    private readonly offers: WaitlistOfferRepository,
    private readonly states: AllocationStateRepository,
    private readonly assignments: BoothAssignmentRepository,
    private readonly approvals: WaitlistApprovalService,
    private readonly pricing: AllocationPricingService,
    private readonly passing: OfferPassing,
    private readonly mail: AllocationMail,
    private readonly views: OfferViews,
    private readonly clock: Clock,
  ) {}

  async accept(user: AuthUser, offerId: string): Promise<OfferDto> {
    const found = await this.ownOffer(user, offerId);
    const fair = await this.fairs.getFair(found.fairId);
    if (!(OFFERING as readonly string[]).includes(fair.status)) {
      throw fairNotAllocating(fair.status, OFFERING);
    }
    const plan = await this.context.plan(fair.id);
    const outcome = await this.transactions.run(async (tx) => {
      const { manager } = tx;
      await this.states.lock(manager, fair.id);
      const offer = await this.lockOffer(tx, offerId);
      if (offer.status !== 'pending') return { closed: offer.status };
      if (offer.expiresAt.getTime() <= this.clock.now().getTime()) {
        await this.passing.close(tx, fair, plan, offer, 'expired', null);
        return { closed: 'expired' };
      }
      const approved = await this.approvals.approveFromWaitlist(
        manager,
        fair.id,
        offer.applicationId,
        user.id,
        { source: 'waitlist_offer', offerId },
      );
      if (!(await this.assignments.insertForOffer(manager, offer, user.id))) {
        throw boothTaken(
          [{ field: 'offerId', message: 'a booth of the offer was given to someone else' }],
          {},
        );
      }
      // The fee follows the booths offered (a corner booth at its type's price), as at publication.
      const priced = await this.pricing.reprice(
        manager,
        fair,
        plan.plan,
        [
          {
            applicationId: offer.applicationId,
            boothTypes: offer.boothCodes.map((code) => plan.byCode.get(code)!.type),
          },
        ],
        user.id,
      );
      const applicant = priced.get(offer.applicationId) ?? approved;
      await this.offers.close(manager, offer.id, 'accepted', user.id);
      await this.states.bump(manager, fair.id);
      const [recipient] = [...(await this.mail.recipients([applicant])).values()];
      await this.mail.booths(tx, fair, plan, applicant, recipient, offer.boothCodes);
      return { closed: null };
    });
    // An expiry found on the way is committed (and its booths passed on) before saying so.
    if (outcome.closed) throw offerClosed(outcome.closed);
    return (await this.views.of(fair.id, [await this.ownOffer(user, offerId)]))[0];
  }

  async decline(user: AuthUser, offerId: string): Promise<OfferDto> {
    const found = await this.ownOffer(user, offerId);
    const fair = await this.fairs.getFair(found.fairId);
    const plan = await this.context.plan(fair.id);
    const closed = await this.transactions.run(async (tx) => {
      await this.states.lock(tx.manager, fair.id);
      const offer = await this.lockOffer(tx, offerId);
      if (offer.status !== 'pending') return offer.status;
      await this.passing.close(tx, fair, plan, offer, 'declined', user.id);
      return null;
    });
    if (closed) throw offerClosed(closed);
    return (await this.views.of(fair.id, [await this.ownOffer(user, offerId)]))[0];
  }

  /** A producer member's own offer (admins: any); anyone else's is "not found". */
  private async ownOffer(user: AuthUser, offerId: string): Promise<WaitlistOffer> {
    const offer = await this.offers.find(offerId);
    const mine = offer && (user.role === Role.Admin || offer.producerId === user.producerId);
    if (!offer || !mine) throw AppError.notFound('Offer');
    return offer;
  }

  private async lockOffer(tx: Tx, offerId: string): Promise<WaitlistOffer> {
    const offer = await this.offers.lock(tx.manager, offerId);
    if (!offer) throw AppError.notFound('Offer');
    return offer;
  }
}
