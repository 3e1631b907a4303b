import { Injectable } from '@nestjs/common';
import { FairDto } from '@hoicho/fairs';
import { OutboxService } from '@hoicho/notifications';
import { AppError, AuthUser, Clock, TransactionRunner, Tx } from '@hoicho/platform';
import { pick } from '../common/lang';
import {
  applyCustodyStep,
  CustodyEvent,
  CustodyStep,
  CustodyStepError,
  isOutstanding,
} from '../domain';
import { custodyRefused } from '../showcases.errors';
import { FairGate } from '../showcases/fair-gate';
import { Showcase } from '../showcases/showcase.entity';
import { ShowcasesService } from '../showcases/showcases.service';
import { CustodyStepDto, SampleDto } from './dto/sample.dto';
import { ProducerDirectory } from './producer-directory';
import { SampleCustodyEvent } from './sample-custody-event.entity';
import { SampleQueryService } from './sample-query.service';
import { lockSample } from './sample-rows';
import { ShowcaseSample } from './showcase-sample.entity';

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
 * The custody trail of accepted samples. A status changes only here (and at acceptance), in one
 * transaction with its trail event; the database refuses a commit where the two disagree.
 */
@Injectable()
export class SampleCustodyService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly gate: FairGate,
    private readonly showcases: ShowcasesService,
    private readonly directory: ProducerDirectory,
    private readonly outbox: OutboxService,
    private readonly query: SampleQueryService,
  ) {}

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
      const sample = await lockSample(tx.manager, user, fairId, showcaseId, sampleId);
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
    return this.query.get(user, fairId, showcaseId, sampleId);
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
}
