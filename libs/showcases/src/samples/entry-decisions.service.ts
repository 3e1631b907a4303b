import { Injectable } from '@nestjs/common';
import { AppError, AuthUser, Clock, Role, TransactionRunner } from '@hoicho/platform';
import { EntityManager } from 'typeorm';
import { constraintOf } from '../common/db-errors';
import { entryNotPending, labelCodeTaken, notYours } from '../showcases.errors';
import { FairGate } from '../showcases/fair-gate';
import { CustodyEventRepository } from './custody-event.repository';
import { AcceptEntryDto, DeclineEntryDto, SampleDto } from './dto/sample.dto';
import { LabelCounterRepository } from './label-counter.repository';
import { SampleQueryService } from './sample-query.service';
import { lockSample } from './sample-rows';
import { ShowcaseSample } from './showcase-sample.entity';
import { ShowcaseSampleRepository } from './showcase-sample.repository';

const LABEL_PREFIX = 'S-';

/**
 * The other side's answer to an entry: a producer accepts or declines an invitation, organisers
 * a proposal, and the side that made an entry may withdraw it. Acceptance makes the entry a
 * sample with a label code and starts its custody trail, in one transaction.
 */
@Injectable()
export class EntryDecisionsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly gate: FairGate,
    private readonly samples: ShowcaseSampleRepository,
    private readonly trail: CustodyEventRepository,
    private readonly labelCounters: LabelCounterRepository,
    private readonly query: SampleQueryService,
  ) {}

  /** The entry becomes a sample with a label code and the first trail event (requested). */
  async accept(
    user: AuthUser,
    fairId: string,
    showcaseId: string,
    sampleId: string,
    dto: AcceptEntryDto,
  ): Promise<SampleDto> {
    const fair = await this.gate.forReader(user, fairId);
    this.gate.assertOngoing(fair);
    const producer = user.role === Role.Producer;
    if (producer && dto.labelCode !== undefined) {
      throw AppError.validation([{ field: 'labelCode', message: 'is set by the organisers' }]);
    }
    await this.transactions.run(async ({ manager }) => {
      const sample = await this.lockPending(manager, user, { fairId, showcaseId, sampleId });
      if (producer !== (sample.entryStatus === 'invited')) {
        throw notYours(
          sample.entryStatus === 'invited'
            ? 'The producer accepts or declines an invitation'
            : 'The organisers accept or decline a proposal',
        );
      }
      const now = this.clock.now();
      const labelCode = dto.labelCode ?? (await this.nextLabelCode(manager, fairId));
      try {
        await this.samples.accept(manager, sample.id, labelCode, {
          decidedBy: user.id,
          decidedAt: now,
          decisionNote: dto.note ?? null,
        });
      } catch (error) {
        if (constraintOf(error) === 'showcase_samples_label_code_key') {
          throw labelCodeTaken(labelCode);
        }
        throw error;
      }
      await this.trail.append(manager, {
        sampleId: sample.id,
        fairId,
        step: 'request',
        fromStatus: null,
        toStatus: 'requested',
        details: { labelCode },
        actorId: user.id,
        occurredAt: now,
      });
    });
    return this.query.get(user, fairId, showcaseId, sampleId);
  }

  /** Declining the other side's entry, or withdrawing one's own before it was decided. */
  async decline(
    user: AuthUser,
    fairId: string,
    showcaseId: string,
    sampleId: string,
    dto: DeclineEntryDto,
  ): Promise<SampleDto> {
    await this.gate.forReader(user, fairId);
    await this.transactions.run(async ({ manager }) => {
      const sample = await this.lockPending(manager, user, { fairId, showcaseId, sampleId });
      const own = (user.role === Role.Producer) === (sample.origin === 'proposed');
      await this.samples.decide(manager, sample.id, {
        entryStatus: own ? 'withdrawn' : 'declined',
        decidedBy: user.id,
        decidedAt: this.clock.now(),
        decisionNote: dto.note ?? null,
      });
    });
    return this.query.get(user, fairId, showcaseId, sampleId);
  }

  /** The entry locked for its answer; 409 once it was answered. */
  private async lockPending(
    manager: EntityManager,
    user: AuthUser,
    ids: { fairId: string; showcaseId: string; sampleId: string },
  ): Promise<ShowcaseSample> {
    const sample = await lockSample(this.samples, manager, user, ids);
    if (sample.entryStatus !== 'invited' && sample.entryStatus !== 'proposed') {
      throw entryNotPending(sample.entryStatus);
    }
    return sample;
  }

  /** S-0001, S-0002… per fair; a number a hand-chosen code already took is skipped. */
  private async nextLabelCode(manager: EntityManager, fairId: string): Promise<string> {
    for (;;) {
      const n = await this.labelCounters.next(manager, fairId);
      const code = `${LABEL_PREFIX}${String(n).padStart(4, '0')}`;
      if (!(await this.samples.labelCodeTaken(manager, fairId, code))) return code;
    }
  }
}
