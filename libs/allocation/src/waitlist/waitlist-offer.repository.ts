import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { OfferStatus, WaitlistOffer } from './waitlist-offer.entity';

/** An offer as it is made; the database gives the id and the time it was made. */
export type NewOffer = Pick<
  WaitlistOffer,
  'fairId' | 'applicationId' | 'producerId' | 'boothIds' | 'boothCodes' | 'expiresAt' | 'createdBy'
>;

/**
 * Waiting-list offers (`waitlist_offers`), through their entity. One pending offer per
 * application (a unique index); a closed offer keeps who answered and when.
 */
@Injectable()
export class WaitlistOfferRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every offer of the fair, oldest first. */
  listForFair(fairId: string): Promise<WaitlistOffer[]> {
    return this.dataSource
      .getRepository(WaitlistOffer)
      .find({ where: { fairId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** A producer's newest offers first. */
  listForProducer(producerId: string, limit: number): Promise<WaitlistOffer[]> {
    return this.dataSource
      .getRepository(WaitlistOffer)
      .find({ where: { producerId }, order: { createdAt: 'DESC' }, take: limit });
  }

  /** The fair's offers in these states (all pending ones hold their booths). */
  withStatus(
    fairId: string,
    statuses: readonly OfferStatus[],
    manager?: EntityManager,
  ): Promise<WaitlistOffer[]> {
    return (manager ?? this.dataSource.manager)
      .getRepository(WaitlistOffer)
      .find({ where: { fairId, status: In([...statuses]) } });
  }

  find(id: string): Promise<WaitlistOffer | null> {
    return this.dataSource.getRepository(WaitlistOffer).findOneBy({ id });
  }

  lock(manager: EntityManager, id: string): Promise<WaitlistOffer | null> {
    return manager
      .getRepository(WaitlistOffer)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(manager: EntityManager, offer: NewOffer): Promise<WaitlistOffer> {
    const saved = await manager
      .getRepository(WaitlistOffer)
      .save({ ...offer, status: 'pending' as const });
    return { ...saved, closedAt: null, respondedBy: null };
  }

  /** The offer is answered (`respondedBy`) or lapses (null). */
  async close(
    manager: EntityManager,
    id: string,
    status: 'accepted' | 'declined' | 'expired',
    respondedBy: string | null,
  ): Promise<void> {
    await manager
      .getRepository(WaitlistOffer)
      .update(id, { status, closedAt: () => 'now()', respondedBy });
  }

  /** Pending offers by expiry, the soonest first (the sweep checks each under lock). */
  duePending(limit: number): Promise<Pick<WaitlistOffer, 'id' | 'fairId'>[]> {
    return this.dataSource.getRepository(WaitlistOffer).find({
      select: { id: true, fairId: true },
      where: { status: 'pending' },
      order: { expiresAt: 'ASC' },
      take: limit,
    });
  }

  /** Whether the offer is still pending and past its time, by the database's clock. */
  async isDue(id: string): Promise<boolean> {
    return this.dataSource
      .getRepository(WaitlistOffer)
      .createQueryBuilder('o')
      .where("o.id = :id AND o.status = 'pending' AND o.expiresAt <= now()", { id })
      .getExists();
  }
}
