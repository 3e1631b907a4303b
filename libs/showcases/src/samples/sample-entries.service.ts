import { Injectable } from '@nestjs/common';
import { FairDto } from '@hoicho/fairs';
import { AppError, AuthUser, Clock, Role, TransactionRunner } from '@hoicho/platform';
import { DataSource, EntityManager } from 'typeorm';
import { constraintOf } from '../common/db-errors';
import {
  alreadyInShowcase,
  entryNotPending,
  labelCodeTaken,
  notYours,
  sampleUnavailable,
} from '../showcases.errors';
import { FairGate } from '../showcases/fair-gate';
import { ShowcasesService } from '../showcases/showcases.service';
import {
  AcceptEntryDto,
  DeclineEntryDto,
  InviteSampleDto,
  ProposeSampleDto,
  SampleDto,
} from './dto/sample.dto';
import { ProducerDirectory } from './producer-directory';
import { SampleCustodyEvent } from './sample-custody-event.entity';
import { SampleQueryService } from './sample-query.service';
import { lockSample, toSampleDto } from './sample-rows';
import { ShowcaseSample } from './showcase-sample.entity';

const LABEL_PREFIX = 'S-';

/**
 * Entering products into a showcase: invitations by the organisers, proposals by the producer,
 * and the other side's answer. Acceptance makes the entry a sample with a label code and starts
 * its custody trail, in one transaction.
 */
@Injectable()
export class SampleEntriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly gate: FairGate,
    private readonly showcases: ShowcasesService,
    private readonly directory: ProducerDirectory,
    private readonly query: SampleQueryService,
  ) {}

  async invite(
    user: AuthUser,
    fairId: string,
    showcaseId: string,
    dto: InviteSampleDto,
  ): Promise<SampleDto> {
    const fair = await this.gate.forOrganiser(user, fairId);
    this.gate.assertOngoing(fair);
    await this.showcases.find(fairId, showcaseId);
    return this.createEntry(user, fair, showcaseId, dto.producerId, dto, 'invited');
  }

  async propose(
    user: AuthUser,
    fairId: string,
    showcaseId: string,
    dto: ProposeSampleDto,
  ): Promise<SampleDto> {
    const fair = await this.gate.forReader(user, fairId);
    this.gate.assertOngoing(fair);
    await this.showcases.find(fairId, showcaseId);
    return this.createEntry(user, fair, showcaseId, user.producerId!, dto, 'proposed');
  }

  private async createEntry(
    user: AuthUser,
    fair: FairDto,
    showcaseId: string,
    producerId: string,
    dto: ProposeSampleDto,
    origin: 'invited' | 'proposed',
  ): Promise<SampleDto> {
    const product = await this.directory.product(producerId, dto.productId);
    if (!product) throw AppError.notFound('Product');
    if (!product.sampleAvailable) throw sampleUnavailable();
    const repo = this.dataSource.getRepository(ShowcaseSample);
    try {
      const saved = await repo.save(
        repo.create({
          fairId: fair.id,
          showcaseId,
          producerId,
          productId: product.id,
          origin,
          entryStatus: origin,
          note: dto.note ?? null,
          quantity: dto.quantity,
          declaredValue: dto.declaredValue,
          trailLength: 0,
          createdBy: user.id,
        }),
      );
      const sample = await repo.findOneByOrFail({ id: saved.id });
      return toSampleDto(sample, await this.directory.names([sample]));
    } catch (error) {
      switch (constraintOf(error)) {
        case 'showcase_samples_one_live_per_product':
          throw alreadyInShowcase();
        case 'showcase_samples_showcase_fk':
          // The showcase was deleted while this entry was being made.
          throw AppError.notFound('Showcase');
        default:
          throw error;
      }
    }
  }

  /**
   * The other side agrees: a producer accepts an invitation, organisers accept a proposal.
   * The entry becomes a sample with a label code and the first trail event (requested).
   */
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
    const id = await this.transactions.run(async ({ manager }) => {
      const sample = await lockSample(manager, user, fairId, showcaseId, sampleId);
      if (sample.entryStatus !== 'invited' && sample.entryStatus !== 'proposed') {
        throw entryNotPending(sample.entryStatus);
      }
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
        await manager.getRepository(ShowcaseSample).update(sample.id, {
          entryStatus: 'accepted',
          labelCode,
          custodyStatus: 'requested',
          trailLength: 1,
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
      await manager.getRepository(SampleCustodyEvent).insert({
        sampleId: sample.id,
        fairId,
        step: 'request',
        fromStatus: null,
        toStatus: 'requested',
        details: { labelCode },
        actorId: user.id,
        occurredAt: now,
      });
      return sample.id;
    });
    return this.query.get(user, fairId, showcaseId, id);
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
      const sample = await lockSample(manager, user, fairId, showcaseId, sampleId);
      if (sample.entryStatus !== 'invited' && sample.entryStatus !== 'proposed') {
        throw entryNotPending(sample.entryStatus);
      }
      const own = (user.role === Role.Producer) === (sample.origin === 'proposed');
      await manager.getRepository(ShowcaseSample).update(sample.id, {
        entryStatus: own ? 'withdrawn' : 'declined',
        decidedBy: user.id,
        decidedAt: this.clock.now(),
        decisionNote: dto.note ?? null,
      });
    });
    return this.query.get(user, fairId, showcaseId, sampleId);
  }

  /** S-0001, S-0002… per fair; a number a hand-chosen code already took is skipped. */
  private async nextLabelCode(manager: EntityManager, fairId: string): Promise<string> {
    for (;;) {
      const [{ last_number: n }] = await manager.query(
        `INSERT INTO showcase_label_counters (fair_id, last_number) VALUES ($1, 1)
         ON CONFLICT (fair_id) DO UPDATE SET last_number = showcase_label_counters.last_number + 1
         RETURNING last_number`,
        [fairId],
      );
      const code = `${LABEL_PREFIX}${String(n).padStart(4, '0')}`;
      const taken = await manager
        .getRepository(ShowcaseSample)
        .existsBy({ fairId, labelCode: code });
      if (!taken) return code;
    }
  }
}
