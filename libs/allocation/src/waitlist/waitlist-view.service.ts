import { Injectable } from '@nestjs/common';
import { WaitlistQueueService } from '@hoicho/applications';
import { AppError, AuthUser } from '@hoicho/platform';
import { AllocationContext } from '../common/allocation-context';
import { OfferDto, WaitlistDto } from './dto/waitlist.dto';
import { OfferPassing } from './offer-passing';
import { OfferViews } from './offer-views';
import { WaitlistOffer } from './waitlist-offer.entity';
import { WaitlistOfferRepository } from './waitlist-offer.repository';

/** The waiting list as organisers read it, and the offers a producer was made. */
@Injectable()
export class WaitlistViewService {
  constructor(
    private readonly context: AllocationContext,
    private readonly queue: WaitlistQueueService,
    private readonly offers: WaitlistOfferRepository,
    private readonly passing: OfferPassing,
    private readonly views: OfferViews,
  ) {}

  async view(user: AuthUser, fairId: string): Promise<WaitlistDto> {
    await this.context.readable(user, fairId);
    const plan = await this.context.plan(fairId);
    const [queue, offers, free] = await Promise.all([
      this.queue.waitlist(fairId),
      this.offers.listForFair(fairId),
      this.passing.freeBooths(fairId, plan),
    ]);
    const pending = new Map(
      offers.filter((o) => o.status === 'pending').map((o) => [o.applicationId, o.id]),
    );
    return {
      queue: queue.map((c) => ({
        applicationId: c.id,
        producerName: c.producerName,
        priority: c.priority,
        size: c.size,
        types: c.types,
        zones: c.zones,
        pendingOfferId: pending.get(c.id) ?? null,
      })),
      freeBooths: free,
      offers: await this.views.of(fairId, offers),
    };
  }

  /** A producer member's offers, newest first (the last 100). */
  async producerOffers(user: AuthUser): Promise<OfferDto[]> {
    if (!user.producerId) return [];
    const offers = await this.offers.listForProducer(user.producerId, 100);
    const byFair = new Map<string, WaitlistOffer[]>();
    for (const o of offers) byFair.set(o.fairId, [...(byFair.get(o.fairId) ?? []), o]);
    const views: OfferDto[] = [];
    for (const [fairId, list] of byFair) views.push(...(await this.views.of(fairId, list)));
    return views.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  }

  /** One of the producer's own offers (a mail's link opens it); another's is not found. */
  async producerOffer(user: AuthUser, offerId: string): Promise<OfferDto> {
    const offer = (await this.producerOffers(user)).find((o) => o.id === offerId);
    if (!offer) throw AppError.notFound('Offer');
    return offer;
  }
}
