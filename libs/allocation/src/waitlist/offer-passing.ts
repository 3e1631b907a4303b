import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AllocationApplicantsService, WaitlistQueueService } from '@hoicho/applications';
import { FairDto } from '@hoicho/fairs';
import { Clock, Tx } from '@hoicho/platform';
import { allocate, type BoothInput } from '../engine';
import { OFFERING, PlanLookup } from '../common/allocation-context';
import { AllocationMail } from '../publish/allocation-mail';
import { AllocationStateRepository } from '../publish/allocation-state.repository';
import { BoothAssignmentRepository } from '../publish/booth-assignment.repository';
import { WaitlistOffer } from './waitlist-offer.entity';
import { WaitlistOfferRepository } from './waitlist-offer.repository';

const HOUR_MS = 60 * 60 * 1000;

/** What a round of offers made, and the booths no one in line could take. */
export interface Passed {
  offers: WaitlistOffer[];
  left: string[];
}

/**
 * Free booths passed down the waiting list, in the caller's transaction with the fair's
 * allocation state locked: each producer in turn (skipping those with a pending offer, and
 * booths they declined or let expire) gets the best block the engine finds for its request.
 * Offers hold their booths; each is announced by a letter.
 */
@Injectable()
export class OfferPassing {
  constructor(
    private readonly offers: WaitlistOfferRepository,
    private readonly assignments: BoothAssignmentRepository,
    private readonly states: AllocationStateRepository,
    private readonly queue: WaitlistQueueService,
    private readonly applicants: AllocationApplicantsService,
    private readonly mail: AllocationMail,
    private readonly clock: Clock,
  ) {}

  /** Bookable booths nobody holds and nobody is offered. */
  async freeBooths(fairId: string, plan: PlanLookup, manager?: EntityManager): Promise<string[]> {
    // One query at a time: `manager` may be a transaction's single connection.
    const assigned = await this.assignments.list(fairId, manager);
    const pending = await this.offers.withStatus(fairId, ['pending'], manager);
    const held = new Set([
      ...assigned.map((a) => a.boothId),
      ...pending.flatMap((o) => o.boothIds),
    ]);
    return plan.plan.booths
      .filter((b) => !b.blocked && !held.has(b.id))
      .map((b) => b.code)
      .sort();
  }

  /**
   * A declined or lapsed offer closes, and (while the fair still offers booths) its booths go
   * to the next in line with the same answering time.
   */
  async close(
    tx: Tx,
    fair: FairDto,
    plan: PlanLookup,
    offer: WaitlistOffer,
    status: 'declined' | 'expired',
    by: string | null,
  ): Promise<void> {
    await this.offers.close(tx.manager, offer.id, status, by);
    if (!(OFFERING as readonly string[]).includes(fair.status)) return;
    const passed = await this.passOn(
      tx,
      fair,
      plan,
      offer.boothCodes,
      offer.createdBy,
      hoursOf(offer),
    );
    if (passed.offers.length) await this.states.bump(tx.manager, fair.id);
  }

  /** Offers `codes` (still free) down the waiting list; returns the offers and what is left. */
  async passOn(
    tx: Tx,
    fair: FairDto,
    plan: PlanLookup,
    codes: readonly string[],
    actorId: string,
    hours: number,
  ): Promise<Passed> {
    const { manager } = tx;
    const free = new Set(await this.freeBooths(fair.id, plan, manager));
    const pool = new Set(codes.filter((c) => free.has(c)));
    const made: WaitlistOffer[] = [];
    if (pool.size === 0) return { offers: made, left: [] };
    const queue = await this.queue.waitlist(fair.id, manager);
    const history = await this.offers.withStatus(
      fair.id,
      ['pending', 'declined', 'expired'],
      manager,
    );
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
      made.push(
        await this.offers.insert(manager, {
          fairId: fair.id,
          applicationId: candidate.id,
          producerId: candidate.producerId,
          boothIds: plan.ids(got.booths),
          boothCodes: got.booths,
          expiresAt,
          createdBy: actorId,
        }),
      );
      got.booths.forEach((b) => pool.delete(b));
    }
    await this.announce(tx, fair, plan, made);
    return { offers: made, left: [...pool] };
  }

  private async announce(
    tx: Tx,
    fair: FairDto,
    plan: PlanLookup,
    made: readonly WaitlistOffer[],
  ): Promise<void> {
    if (made.length === 0) return;
    const people = await this.applicants.applicants(
      fair.id,
      made.map((o) => o.applicationId),
      tx.manager,
    );
    const recipients = await this.mail.recipients(people);
    const byId = new Map(people.map((p) => [p.id, p]));
    for (const offer of made) {
      const applicant = byId.get(offer.applicationId)!;
      const to = applicant.submittedBy ? recipients.get(applicant.submittedBy) : undefined;
      await this.mail.offer(tx, fair, plan, applicant, to, offer);
    }
  }
}

/** An offer passed on keeps the answering time the organiser gave the first one. */
function hoursOf(offer: WaitlistOffer): number {
  const ms = offer.expiresAt.getTime() - offer.createdAt.getTime();
  return Math.max(1, Math.round(ms / HOUR_MS));
}
