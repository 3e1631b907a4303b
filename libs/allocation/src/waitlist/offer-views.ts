import { Injectable } from '@nestjs/common';
import { AllocationApplicantsService } from '@hoicho/applications';
import { OfferDto } from './dto/waitlist.dto';
import { WaitlistOffer } from './waitlist-offer.entity';

/** Offers as organisers and producers read them, with the producer's name. */
@Injectable()
export class OfferViews {
  constructor(private readonly applicants: AllocationApplicantsService) {}

  async of(fairId: string, offers: readonly WaitlistOffer[]): Promise<OfferDto[]> {
    const people = new Map(
      (
        await this.applicants.applicants(fairId, [...new Set(offers.map((o) => o.applicationId))])
      ).map((a) => [a.id, a]),
    );
    return offers.map((o) => ({
      id: o.id,
      fairId: o.fairId,
      applicationId: o.applicationId,
      producerId: o.producerId,
      producerName: people.get(o.applicationId)?.producerName ?? '',
      booths: [...o.boothCodes].sort(),
      status: o.status,
      expiresAt: o.expiresAt,
      createdAt: o.createdAt,
      closedAt: o.closedAt,
    }));
  }
}
