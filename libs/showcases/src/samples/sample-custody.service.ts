import { Injectable } from '@nestjs/common';
import { AppError, AuthUser, Clock, TransactionRunner } from '@hoicho/platform';
import {
  applyCustodyStep,
  CustodyEvent,
  CustodyStep,
  CustodyStepError,
  isOutstanding,
} from '../domain';
import { custodyRefused } from '../showcases.errors';
import { FairGate } from '../showcases/fair-gate';
import { ShowcasesService } from '../showcases/showcases.service';
import { CustodyEventRepository } from './custody-event.repository';
import { CustodyMail } from './custody-mail';
import { CustodyStepDto, SampleDto } from './dto/sample.dto';
import { SampleQueryService } from './sample-query.service';
import { lockSample } from './sample-rows';
import { ShowcaseSampleRepository } from './showcase-sample.repository';

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
    private readonly samples: ShowcaseSampleRepository,
    private readonly trail: CustodyEventRepository,
    private readonly mail: CustodyMail,
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
      const sample = await lockSample(this.samples, tx.manager, user, {
        fairId,
        showcaseId,
        sampleId,
      });
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
      await this.trail.append(tx.manager, {
        sampleId: sample.id,
        fairId,
        step: event.type,
        fromStatus: event.from,
        toStatus: event.to,
        details,
        actorId: user.id,
        occurredAt: event.at,
      });
      await this.samples.moveCustody(tx.manager, sample.id, {
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
        await this.mail.record(tx, { fair, showcase, sample, event, details });
      }
    });
    return this.query.get(user, fairId, showcaseId, sampleId);
  }
}
