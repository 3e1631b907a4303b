import { Injectable } from '@nestjs/common';
import { FairDto } from '@hoicho/fairs';
import { OutboxService } from '@hoicho/notifications';
import {
  AppError,
  AuthUser,
  Clock,
  Page,
  pageOf,
  Role,
  TransactionRunner,
  Tx,
} from '@hoicho/platform';
import { DataSource, EntityManager } from 'typeorm';
import { constraintOf } from '../common/db-errors';
import { pick } from '../common/lang';
import {
  applyCustodyStep,
  CustodyEvent,
  CustodyStep,
  CustodyStepError,
  isOutstanding,
} from '../domain';
import {
  alreadyInShowcase,
  custodyRefused,
  entryNotPending,
  labelCodeTaken,
  notYours,
  sampleUnavailable,
} from '../showcases.errors';
import { FairGate } from '../showcases/fair-gate';
import { Showcase } from '../showcases/showcase.entity';
import { ShowcasesService } from '../showcases/showcases.service';
import {
  AcceptEntryDto,
  CustodyStepDto,
  DeclineEntryDto,
  InviteSampleDto,
  ProposeSampleDto,
  SampleDto,
  SampleQueryDto,
  ShowcaseWithSamplesDto,
  UnreturnedReportDto,
} from './dto/sample.dto';
import { ProducerDirectory, SampleNames } from './producer-directory';
import { SampleCustodyEvent } from './sample-custody-event.entity';
import { ShowcaseSample } from './showcase-sample.entity';

const LABEL_PREFIX = 'S-';

function toSampleDto(s: ShowcaseSample, names: SampleNames): SampleDto {
  const producer = names.producers.get(s.producerId);
  const product = names.products.get(s.productId);
  return {
    id: s.id,
    fairId: s.fairId,
    showcaseId: s.showcaseId,
    producer: { id: s.producerId, name: producer?.legalNameVi ?? '' },
    product: { id: s.productId, nameVi: product?.nameVi ?? '', nameEn: product?.nameEn ?? null },
    origin: s.origin,
    entryStatus: s.entryStatus,
    note: s.note,
    decisionNote: s.decisionNote,
    quantity: s.quantity,
    declaredValue: s.declaredValue,
    labelCode: s.labelCode,
    custodyStatus: s.custodyStatus,
    displayLocation: s.displayLocation,
    decidedAt: s.decidedAt,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

/** The facts of a step as stored in the trail (the step type and the move are columns). */
function detailsOf(event: CustodyEvent): Record<string, string> {
  const details: Record<string, string> = {};
  for (const [key, value] of Object.entries(event)) {
    if (['type', 'from', 'to', 'at'].includes(key)) continue;
    if (typeof value === 'string' && value !== '') details[key] = value;
  }
  return details;
}

function stepOf(dto: CustodyStepDto): CustodyStep {
  switch (dto.step) {
    case 'receive':
      return {
        type: 'receive',
        by: dto.by!,
        condition: dto.condition!,
        ...(dto.photoRef ? { photoRef: dto.photoRef } : {}),
        ...(dto.note ? { note: dto.note } : {}),
      };
    case 'display':
      return { type: 'display', location: dto.location! };
    case 'return':
      return { type: 'return', signedOffBy: dto.signedOffBy! };
    case 'sell':
      return { type: 'sell', ...(dto.note ? { note: dto.note } : {}) };
    case 'mark_damaged':
      return { type: 'mark_damaged', note: dto.note! };
    case 'mark_lost':
      return { type: 'mark_lost', note: dto.note! };
    case 'cancel':
      return { type: 'cancel', note: dto.note! };
  }
}

/**
 * Entries of a showcase (invitations and proposals), their acceptance as physical samples, and
 * every custody step after that. A status changes only here, in one transaction with its trail
 * event; the database refuses a commit where the two disagree.
 */
@Injectable()
export class SamplesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly gate: FairGate,
    private readonly showcases: ShowcasesService,
    private readonly directory: ProducerDirectory,
    private readonly outbox: OutboxService,
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
      return this.view(await repo.findOneByOrFail({ id: saved.id }));
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
      const sample = await this.lock(manager, user, fairId, showcaseId, sampleId);
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
    return this.get(user, fairId, showcaseId, id);
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
      const sample = await this.lock(manager, user, fairId, showcaseId, sampleId);
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
    return this.get(user, fairId, showcaseId, sampleId);
  }

  /**
   * One custody step, recorded with who and when; receipt, return and the cancellation of a
   * sample that never arrived are mailed to the producer.
   */
  async custody(
    user: AuthUser,
    fairId: string,
    showcaseId: string,
    sampleId: string,
    dto: CustodyStepDto,
  ): Promise<SampleDto> {
    const fair = await this.gate.forOrganiser(user, fairId);
    const showcase = await this.showcases.find(fairId, showcaseId);
    await this.transactions.run(async (tx) => {
      const sample = await this.lock(tx.manager, user, fairId, showcaseId, sampleId);
      if (sample.entryStatus !== 'accepted' || sample.custodyStatus === null) {
        throw new AppError(
          'conflict',
          'custody_step_refused',
          `This entry is ${sample.entryStatus}, not an accepted sample: it has no custody yet`,
          [{ field: 'step', message: 'the entry has not been accepted' }],
          { entryStatus: sample.entryStatus },
        );
      }
      let moved: ReturnType<typeof applyCustodyStep>;
      try {
        moved = applyCustodyStep(sample.custodyStatus, stepOf(dto), this.clock.now());
      } catch (error) {
        if (error instanceof CustodyStepError) throw custodyRefused(error);
        throw error;
      }
      const { event } = moved;
      const details = detailsOf(event);
      await tx.manager.getRepository(SampleCustodyEvent).insert({
        sampleId: sample.id,
        fairId,
        step: event.type,
        fromStatus: event.from,
        toStatus: event.to,
        details,
        actorId: user.id,
        occurredAt: event.at,
      });
      await tx.manager.getRepository(ShowcaseSample).update(sample.id, {
        custodyStatus: moved.status,
        trailLength: sample.trailLength + 1,
        displayLocation:
          event.type === 'display'
            ? event.location
            : isOutstanding(moved.status)
              ? sample.displayLocation
              : null,
      });
      if (event.type === 'receive' || event.type === 'return' || event.type === 'cancel') {
        await this.mailProducer(tx, fair, showcase, sample, event, details);
      }
    });
    return this.get(user, fairId, showcaseId, sampleId);
  }

  private async mailProducer(
    tx: Tx,
    fair: FairDto,
    showcase: Showcase,
    sample: ShowcaseSample,
    event: CustodyEvent,
    details: Record<string, string>,
  ): Promise<void> {
    const names = await this.directory.names([sample]);
    const producer = names.producers.get(sample.producerId);
    const product = names.products.get(sample.productId);
    for (const member of await this.directory.members(sample.producerId)) {
      const lang = member.locale;
      const common = {
        fullName: member.fullName,
        producerName: pick(lang, producer?.legalNameVi ?? '', producer?.legalNameEn),
        productName: pick(lang, product?.nameVi ?? '', product?.nameEn),
        fairName: pick(lang, fair.nameVi, fair.nameEn),
        showcaseTitle: pick(lang, showcase.titleVi, showcase.titleEn),
        labelCode: sample.labelCode!,
        quantity: sample.quantity,
        at: event.at.toISOString(),
      };
      const key = `showcase-sample:${sample.id}:${event.type}:${member.id}`;
      if (event.type === 'receive') {
        await this.outbox.record(tx, {
          template: 'showcase.sample-received',
          to: member.email,
          locale: lang,
          organisingBodyId: fair.organisingBodyId,
          dedupeKey: key,
          data: {
            ...common,
            receivedBy: details.by,
            condition: details.condition as 'good' | 'minor_defects' | 'damaged',
            note: details.note ?? null,
          },
        });
      } else if (event.type === 'cancel') {
        await this.outbox.record(tx, {
          template: 'showcase.sample-cancelled',
          to: member.email,
          locale: lang,
          organisingBodyId: fair.organisingBodyId,
          dedupeKey: key,
          data: { ...common, note: details.note },
        });
      } else {
        await this.outbox.record(tx, {
          template: 'showcase.sample-returned',
          to: member.email,
          locale: lang,
          organisingBodyId: fair.organisingBodyId,
          dedupeKey: key,
          data: { ...common, signedOffBy: details.signedOffBy },
        });
      }
    }
  }

  /** Organisers see every entry; a producer member only its own (404 for the rest). */
  async get(
    user: AuthUser,
    fairId: string,
    showcaseId: string,
    sampleId: string,
  ): Promise<SampleDto> {
    await this.gate.forReader(user, fairId);
    const sample = await this.dataSource
      .getRepository(ShowcaseSample)
      .findOneBy({ id: sampleId, fairId, showcaseId });
    if (!sample || (user.role === Role.Producer && sample.producerId !== user.producerId)) {
      throw AppError.notFound('Sample');
    }
    const dto = await this.view(sample);
    const events = await this.dataSource
      .getRepository(SampleCustodyEvent)
      .find({ where: { sampleId }, order: { seq: 'ASC' } });
    const actors = await this.directory.userNames(events.map((e) => e.actorId));
    dto.trail = events.map((e) => ({
      seq: e.seq,
      step: e.step,
      from: e.fromStatus,
      to: e.toStatus,
      details: e.details,
      actor: { id: e.actorId, name: actors.get(e.actorId) ?? '' },
      at: e.occurredAt,
    }));
    return dto;
  }

  async showcaseWithSamples(
    user: AuthUser,
    fairId: string,
    showcaseId: string,
  ): Promise<ShowcaseWithSamplesDto> {
    const listed = (await this.showcases.list(user, fairId)).find((s) => s.id === showcaseId);
    if (!listed) throw AppError.notFound('Showcase');
    const samples = await this.dataSource
      .getRepository(ShowcaseSample)
      .createQueryBuilder('s')
      .where('s.showcaseId = :showcaseId', { showcaseId })
      .andWhere(user.role === Role.Producer ? 's.producerId = :producerId' : 'TRUE', {
        producerId: user.producerId,
      })
      .orderBy('s.labelCode', 'ASC', 'NULLS LAST')
      .addOrderBy('s.createdAt')
      .getMany();
    const names = await this.directory.names(samples);
    return { ...listed, samples: samples.map((s) => toSampleDto(s, names)) };
  }

  /** A producer's entries in every showcase, newest first. */
  async ofProducer(producerId: string, query: SampleQueryDto): Promise<Page<SampleDto>> {
    const [rows, total] = await this.dataSource.getRepository(ShowcaseSample).findAndCount({
      where: { producerId, ...(query.entryStatus ? { entryStatus: query.entryStatus } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    const names = await this.directory.names(rows);
    return pageOf(
      rows.map((s) => toSampleDto(s, names)),
      total,
      query,
    );
  }

  /** Samples still in the organisers' hands (received or on display): the list to clear at close. */
  async unreturned(user: AuthUser, fairId: string): Promise<UnreturnedReportDto> {
    const fair = await this.gate.forOrganiser(user, fairId);
    const rows: {
      id: string;
      showcaseId: string;
      showcaseTitle: string;
      producerId: string;
      productId: string;
      labelCode: string;
      quantity: number;
      declaredValue: string;
      custodyStatus: 'received' | 'on_display';
      displayLocation: string | null;
      since: Date;
    }[] = await this.dataSource.query(
      `SELECT s.id, s.showcase_id AS "showcaseId", c.title_vi AS "showcaseTitle",
              s.producer_id AS "producerId", s.product_id AS "productId",
              s.label_code AS "labelCode", s.quantity, s.declared_value AS "declaredValue",
              s.custody_status AS "custodyStatus", s.display_location AS "displayLocation",
              (SELECT max(e.occurred_at) FROM sample_custody_events e WHERE e.sample_id = s.id) AS since
         FROM showcase_samples s JOIN showcases c ON c.id = s.showcase_id
        WHERE s.fair_id = $1 AND s.custody_status IN ('received', 'on_display')
        ORDER BY s.label_code`,
      [fairId],
    );
    const names = await this.directory.names(rows);
    return {
      fairId,
      fairStatus: fair.status,
      total: rows.length,
      declaredValue: rows.reduce((sum, r) => sum + BigInt(r.declaredValue), 0n).toString(),
      items: rows.map((r) => {
        const product = names.products.get(r.productId);
        return {
          sampleId: r.id,
          labelCode: r.labelCode,
          showcase: { id: r.showcaseId, name: r.showcaseTitle },
          producer: {
            id: r.producerId,
            name: names.producers.get(r.producerId)?.legalNameVi ?? '',
          },
          product: {
            id: r.productId,
            nameVi: product?.nameVi ?? '',
            nameEn: product?.nameEn ?? null,
          },
          quantity: r.quantity,
          declaredValue: r.declaredValue,
          custodyStatus: r.custodyStatus,
          displayLocation: r.displayLocation,
          since: r.since,
        };
      }),
    };
  }

  /**
   * The accepted samples of a showcase, by label code (for the label sheet), leaving out those
   * cancelled because they never arrived: there is nothing to stick their label on.
   */
  async acceptedSamples(fairId: string, showcaseId: string, sampleId?: string) {
    const samples = await this.dataSource
      .getRepository(ShowcaseSample)
      .createQueryBuilder('s')
      .where("s.fairId = :fairId AND s.showcaseId = :showcaseId AND s.entryStatus = 'accepted'", {
        fairId,
        showcaseId,
      })
      .andWhere("s.custodyStatus <> 'cancelled'")
      .andWhere(sampleId ? 's.id = :sampleId' : 'TRUE', { sampleId })
      .orderBy('s.labelCode')
      .getMany();
    return { samples, names: await this.directory.names(samples) };
  }

  private async view(sample: ShowcaseSample): Promise<SampleDto> {
    return toSampleDto(sample, await this.directory.names([sample]));
  }

  private async lock(
    manager: EntityManager,
    user: AuthUser,
    fairId: string,
    showcaseId: string,
    sampleId: string,
  ): Promise<ShowcaseSample> {
    const sample = await manager.getRepository(ShowcaseSample).findOne({
      where: { id: sampleId, fairId, showcaseId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!sample || (user.role === Role.Producer && sample.producerId !== user.producerId)) {
      throw AppError.notFound('Sample');
    }
    return sample;
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
