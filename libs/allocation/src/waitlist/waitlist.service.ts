import { Injectable, Logger } from '@nestjs/common';
import { DataSource, In, QueryFailedError } from 'typeorm';
import { AllocationApplicantsService } from '@hoicho/applications';
import { FairDto, FairsService } from '@hoicho/fairs';
import {
  AppError,
  AuthUser,
  Clock,
  FieldIssue,
  Role,
  TransactionRunner,
  Tx,
} from '@hoicho/platform';
import { allocate, type BoothInput } from '../engine';
import { boothTaken, fairNotAllocating, offerClosed } from '../allocation.errors';
import { AllocationContext, OFFERING, PlanLookup } from '../common/allocation-context';
import { AllocationMail } from '../publish/allocation-mail';
import { BoothAssignment } from '../publish/booth-assignment.entity';
import { MakeOffersDto, OfferDto, OfferRoundDto, WaitlistDto } from './dto/waitlist.dto';
import { WaitlistOffer } from './waitlist-offer.entity';

const DEFAULT_HOURS = 48;
const HOUR_MS = 60 * 60 * 1000;

interface Passed {
  offers: WaitlistOffer[];
  left: string[];
}

/**
 * The waiting list. When booths free up (an assigned application withdrawn), organisers offer
 * them to waitlisted producers in priority order: each producer in turn gets the best block
 * the engine finds for its request among the free booths, until the booths run out. An offer
 * holds its booths until the producer accepts (the application becomes approved and the booths
 * its own: the unique booth key has the last word), declines, or lets it expire; the booths of
 * a declined or expired offer pass on to the next in line, never back to the same producer.
 * Every change happens with the fair's allocation state locked and moves its version.
 */
@Injectable()
export class WaitlistService {
  private readonly logger = new Logger(WaitlistService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly context: AllocationContext,
    private readonly fairs: FairsService,
    private readonly applicants: AllocationApplicantsService,
    private readonly mail: AllocationMail,
    private readonly clock: Clock,
  ) {}

  async view(user: AuthUser, fairId: string): Promise<WaitlistDto> {
    await this.context.readable(user, fairId);
    const plan = await this.context.plan(fairId);
    const [queue, offers, free] = await Promise.all([
      this.applicants.waitlist(fairId),
      this.dataSource
        .getRepository(WaitlistOffer)
        .find({ where: { fairId }, order: { createdAt: 'ASC', id: 'ASC' } }),
      this.freeBooths(this.dataSource.manager, fairId, plan),
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
      offers: await this.views(fairId, offers),
    };
  }

  /** Frees the booths of withdrawn applications, then offers free booths down the list. */
  async offer(user: AuthUser, fairId: string, dto: MakeOffersDto): Promise<OfferRoundDto> {
    const fair = await this.context.fairFor(user, fairId, OFFERING);
    const plan = await this.context.plan(fairId);
    const hours = dto.expiresInHours ?? DEFAULT_HOURS;
    const round = await this.transactions.run(async (tx) => {
      await this.context.lockState(tx.manager, fairId);
      const freed = await this.freeWithdrawn(tx, fairId, plan);
      const free = await this.freeBooths(tx.manager, fairId, plan);
      let target = free;
      if (dto.booths) {
        const issues: FieldIssue[] = [];
        const busy: FieldIssue[] = [];
        dto.booths.forEach((code, i) => {
          const booth = plan.byCode.get(code);
          if (!booth)
            issues.push({ field: `booths.${i}`, message: `booth ${code} is not in the plan` });
          else if (booth.blocked)
            issues.push({ field: `booths.${i}`, message: `booth ${code} is blocked` });
          else if (!free.includes(code)) {
            busy.push({ field: `booths.${i}`, message: `booth ${code} is assigned or offered` });
          }
        });
        if (issues.length) throw AppError.validation(issues);
        if (busy.length) throw boothTaken(busy, {});
        target = [...new Set(dto.booths)];
      }
      const passed = await this.passOn(tx, fair, plan, target, user.id, hours);
      if (passed.offers.length) await this.context.bump(tx.manager, fairId);
      return { freed, passed };
    });
    return {
      freed: round.freed,
      offers: await this.views(fairId, round.passed.offers),
      unoffered: round.passed.left.sort(),
    };
  }

  async producerOffers(user: AuthUser): Promise<OfferDto[]> {
    if (!user.producerId) return [];
    const offers = await this.dataSource
      .getRepository(WaitlistOffer)
      .find({ where: { producerId: user.producerId }, order: { createdAt: 'DESC' }, take: 100 });
    const byFair = new Map<string, WaitlistOffer[]>();
    for (const o of offers) byFair.set(o.fairId, [...(byFair.get(o.fairId) ?? []), o]);
    const views: OfferDto[] = [];
    for (const [fairId, list] of byFair) views.push(...(await this.views(fairId, list)));
    return views.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  }

  /** A producer member's own offer; anyone else's is "not found". */
  private async ownOffer(user: AuthUser, offerId: string): Promise<WaitlistOffer> {
    const offer = await this.dataSource.getRepository(WaitlistOffer).findOneBy({ id: offerId });
    const mine = offer && (user.role === Role.Admin || offer.producerId === user.producerId);
    if (!offer || !mine) throw AppError.notFound('Offer');
    return offer;
  }

  async accept(user: AuthUser, offerId: string): Promise<OfferDto> {
    const found = await this.ownOffer(user, offerId);
    const fair = await this.fairs.getFair(found.fairId);
    if (!(OFFERING as readonly string[]).includes(fair.status)) {
      throw fairNotAllocating(fair.status, OFFERING);
    }
    const plan = await this.context.plan(fair.id);
    const outcome = await this.transactions.run(async (tx) => {
      const { manager } = tx;
      await this.context.lockState(manager, fair.id);
      const offer = await this.lockOffer(tx, offerId);
      if (offer.status !== 'pending') return { closed: offer.status };
      if (offer.expiresAt.getTime() <= this.clock.now().getTime()) {
        await this.expire(tx, fair, plan, offer);
        return { closed: 'expired' };
      }
      const applicant = await this.applicants.approveFromWaitlist(
        manager,
        fair.id,
        offer.applicationId,
        user.id,
        { source: 'waitlist_offer', offerId },
      );
      try {
        await manager.getRepository(BoothAssignment).insert(
          offer.boothIds.map((boothId) => ({
            fairId: fair.id,
            boothId,
            applicationId: offer.applicationId,
            offerId,
            manual: false,
            assignedBy: user.id,
          })),
        );
      } catch (error) {
        if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') {
          throw boothTaken(
            [{ field: 'offerId', message: 'a booth of the offer was given to someone else' }],
            {},
          );
        }
        throw error;
      }
      await this.close(tx, offer, 'accepted', user.id);
      await this.context.bump(manager, fair.id);
      const [recipient] = [...(await this.mail.recipients([applicant])).values()];
      await this.mail.booths(tx, fair, plan, applicant, recipient, offer.boothCodes);
      return { closed: null };
    });
    // An expiry found on the way is committed (and its booths passed on) before saying so.
    if (outcome.closed) throw offerClosed(outcome.closed);
    return (await this.views(fair.id, [await this.ownOffer(user, offerId)]))[0];
  }

  async decline(user: AuthUser, offerId: string): Promise<OfferDto> {
    const found = await this.ownOffer(user, offerId);
    const fair = await this.fairs.getFair(found.fairId);
    const plan = await this.context.plan(fair.id);
    const closed = await this.transactions.run(async (tx) => {
      await this.context.lockState(tx.manager, fair.id);
      const offer = await this.lockOffer(tx, offerId);
      if (offer.status !== 'pending') return offer.status;
      await this.close(tx, offer, 'declined', user.id);
      if ((OFFERING as readonly string[]).includes(fair.status)) {
        const passed = await this.passOn(
          tx,
          fair,
          plan,
          offer.boothCodes,
          offer.createdBy,
          hoursOf(offer),
        );
        if (passed.offers.length) await this.context.bump(tx.manager, fair.id);
      }
      return null;
    });
    if (closed) throw offerClosed(closed);
    return (await this.views(fair.id, [await this.ownOffer(user, offerId)]))[0];
  }

  /** The sweep: pending offers past their time expire and pass to the next in line. */
  async expireDue(limit = 50): Promise<number> {
    const due = await this.dataSource.getRepository(WaitlistOffer).find({
      select: { id: true, fairId: true },
      where: { status: 'pending' },
      order: { expiresAt: 'ASC' },
      take: limit,
    });
    let expired = 0;
    for (const { id, fairId } of due) {
      const [row] = (await this.dataSource.query(
        `SELECT 1 FROM waitlist_offers WHERE id = $1 AND status = 'pending' AND expires_at <= now()`,
        [id],
      )) as unknown[];
      if (!row) continue;
      const fair = await this.fairs.getFair(fairId);
      const plan = await this.context.plan(fairId);
      await this.transactions.run(async (tx) => {
        await this.context.lockState(tx.manager, fairId);
        const offer = await this.lockOffer(tx, id);
        if (offer.status !== 'pending' || offer.expiresAt.getTime() > Date.now()) return;
        await this.expire(tx, fair, plan, offer);
        expired++;
      });
    }
    if (expired) this.logger.log(`${expired} waiting-list offer(s) expired and passed on`);
    return expired;
  }

  private async expire(
    tx: Tx,
    fair: FairDto,
    plan: PlanLookup,
    offer: WaitlistOffer,
  ): Promise<void> {
    await this.close(tx, offer, 'expired', null);
    if ((OFFERING as readonly string[]).includes(fair.status)) {
      const passed = await this.passOn(
        tx,
        fair,
        plan,
        offer.boothCodes,
        offer.createdBy,
        hoursOf(offer),
      );
      if (passed.offers.length) await this.context.bump(tx.manager, fair.id);
    }
  }

  private async lockOffer(tx: Tx, offerId: string): Promise<WaitlistOffer> {
    const [offer] = await tx.manager
      .getRepository(WaitlistOffer)
      .find({ where: { id: offerId }, lock: { mode: 'pessimistic_write' } });
    if (!offer) throw AppError.notFound('Offer');
    return offer;
  }

  private async close(
    tx: Tx,
    offer: WaitlistOffer,
    status: 'accepted' | 'declined' | 'expired',
    by: string | null,
  ): Promise<void> {
    await tx.manager.query(
      `UPDATE waitlist_offers SET status = $2, closed_at = now(), responded_by = $3 WHERE id = $1`,
      [offer.id, status, by],
    );
  }

  /** Published booths of applications no longer approved (withdrawn) become free. */
  private async freeWithdrawn(tx: Tx, fairId: string, plan: PlanLookup): Promise<string[]> {
    const published = await this.context.published(fairId, tx.manager);
    if (published.size === 0) return [];
    const apps = await this.applicants.applicants(fairId, [...published.keys()], tx.manager);
    const gone = apps.filter((a) => a.status !== 'approved').map((a) => a.id);
    if (gone.length === 0) return [];
    await tx.manager.delete(BoothAssignment, { fairId, applicationId: In(gone) });
    await this.context.bump(tx.manager, fairId);
    return plan.codes(gone.flatMap((id) => published.get(id)!.boothIds)).sort();
  }

  /** Bookable booths nobody holds and nobody is offered. */
  private async freeBooths(
    manager: Tx['manager'],
    fairId: string,
    plan: PlanLookup,
  ): Promise<string[]> {
    // One query at a time: `manager` may be a transaction's single connection.
    const assigned = await manager
      .getRepository(BoothAssignment)
      .find({ select: { boothId: true }, where: { fairId } });
    const pending = await manager
      .getRepository(WaitlistOffer)
      .find({ select: { boothIds: true }, where: { fairId, status: 'pending' } });
    const held = new Set([
      ...assigned.map((a) => a.boothId),
      ...pending.flatMap((o) => o.boothIds),
    ]);
    return plan.plan.booths
      .filter((b) => !b.blocked && !held.has(b.id))
      .map((b) => b.code)
      .sort();
  }

  /** Offers `codes` (still free) down the waiting list; returns the offers and what is left. */
  private async passOn(
    tx: Tx,
    fair: FairDto,
    plan: PlanLookup,
    codes: readonly string[],
    actorId: string,
    hours: number,
  ): Promise<Passed> {
    const { manager } = tx;
    const free = new Set(await this.freeBooths(manager, fair.id, plan));
    const pool = new Set(codes.filter((c) => free.has(c)));
    const made: WaitlistOffer[] = [];
    if (pool.size === 0) return { offers: made, left: [] };
    const queue = await this.applicants.waitlist(fair.id, manager);
    const history = await manager.getRepository(WaitlistOffer).find({
      where: { fairId: fair.id, status: In(['pending', 'declined', 'expired']) },
    });
    const waiting = new Set(
      history.filter((o) => o.status === 'pending').map((o) => o.applicationId),
    );
    const refused = new Map<string, Set<string>>();
    for (const o of history.filter((h) => h.status !== 'pending')) {
      const seen = refused.get(o.applicationId) ?? new Set<string>();
      o.boothCodes.forEach((c) => seen.add(c));
      refused.set(o.applicationId, seen);
    }
    const expiresAt = new Date(this.clock.now().getTime() + hours * HOUR_MS);
    for (const candidate of queue) {
      if (pool.size === 0) break;
      if (waiting.has(candidate.id)) continue;
      const avoid = refused.get(candidate.id);
      const booths = [...pool].filter((c) => !avoid?.has(c)).sort();
      if (booths.length < candidate.size) continue;
      const inside = new Set(booths);
      const input: BoothInput[] = booths.map((code) => {
        const b = plan.byCode.get(code)!;
        return {
          id: code,
          zone: b.zone,
          type: b.type,
          corner: b.corner,
          neighbours: b.neighbours.filter((n) => inside.has(n)),
        };
      });
      const result = allocate(
        {
          booths: input,
          requests: [
            {
              id: candidate.id,
              size: candidate.size,
              types: candidate.types,
              zones: candidate.zones,
              corner: candidate.corner,
              priority: candidate.priority,
            },
          ],
        },
        { explain: false },
      );
      const got = result.assignments[0];
      if (!got) continue;
      const [row] = (await manager.query(
        `INSERT INTO waitlist_offers (fair_id, application_id, producer_id, booth_ids, booth_codes, expires_at, created_by)
         VALUES ($1, $2, $3, $4::uuid[], $5::text[], $6, $7)
         RETURNING id, created_at`,
        [
          fair.id,
          candidate.id,
          candidate.producerId,
          plan.ids(got.booths),
          got.booths,
          expiresAt,
          actorId,
        ],
      )) as { id: string; created_at: Date }[];
      made.push(
        Object.assign(new WaitlistOffer(), {
          id: row.id,
          fairId: fair.id,
          applicationId: candidate.id,
          producerId: candidate.producerId,
          boothIds: plan.ids(got.booths),
          boothCodes: got.booths,
          status: 'pending' as const,
          expiresAt,
          createdBy: actorId,
          createdAt: row.created_at,
          closedAt: null,
          respondedBy: null,
        }),
      );
      got.booths.forEach((b) => pool.delete(b));
    }
    if (made.length) {
      const people = await this.applicants.applicants(
        fair.id,
        made.map((o) => o.applicationId),
        manager,
      );
      const recipients = await this.mail.recipients(people);
      const byId = new Map(people.map((p) => [p.id, p]));
      for (const offer of made) {
        const applicant = byId.get(offer.applicationId)!;
        const to = applicant.submittedBy ? recipients.get(applicant.submittedBy) : undefined;
        await this.mail.offer(tx, fair, plan, applicant, to, offer);
      }
    }
    return { offers: made, left: [...pool] };
  }

  private async views(fairId: string, offers: readonly WaitlistOffer[]): Promise<OfferDto[]> {
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

/** An offer passed on keeps the answering time the organiser gave the first one. */
function hoursOf(offer: WaitlistOffer): number {
  const ms = offer.expiresAt.getTime() - offer.createdAt.getTime();
  return Math.max(1, Math.round(ms / HOUR_MS));
}
