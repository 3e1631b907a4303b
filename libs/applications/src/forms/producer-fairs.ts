import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FairDto, FairsService, SupportProgrammeDto } from '@hoicho/fairs';
import { AppError, Clock } from '@hoicho/platform';
import { applicationsClosed } from '../applications.errors';
import { TransitionContext } from '../domain';
import { PlanIndex, withdrawalDeadlineOf } from '../views/fair-context';

/** A fair as a producer applies to it: its plan's zones and types, its programmes. */
export interface FairForProducer {
  fair: FairDto;
  plan: PlanIndex;
  programmes: SupportProgrammeDto[];
}

type Window = Pick<FairDto, 'status'> & {
  applicationsOpenAt: string | Date;
  applicationsCloseAt: string | Date;
};

/** The fairs side of the producer's use cases: what it may see, and when it may write. */
@Injectable()
export class ProducerFairs {
  constructor(
    private readonly fairs: FairsService,
    private readonly clock: Clock,
  ) {}

  /** Producers see fairs once they are past draft; a draft fair does not exist for them. */
  async load(fairId: string): Promise<FairForProducer> {
    const fair = await this.fairs.getFair(fairId);
    if (fair.status === 'draft') throw AppError.notFound('Fair');
    const [plan, programmes] = await Promise.all([
      this.fairs.getPlan(fairId),
      this.fairs.getSupportProgrammes(fairId),
    ]);
    return { fair, plan: new PlanIndex(plan), programmes };
  }

  /** Locks the fair row in the caller's transaction, so its status cannot change meanwhile. */
  lock(manager: EntityManager, fairId: string): Promise<Window> {
    return this.fairs.lockFair(manager, fairId);
  }

  /** Applications are written only while the fair is open and inside its window. */
  assertAccepting(fair: Window): void {
    if (fair.status !== 'open') {
      throw applicationsClosed(`The fair is ${fair.status}, not open for applications`);
    }
    const now = this.clock.now().getTime();
    const opens = new Date(fair.applicationsOpenAt);
    const closes = new Date(fair.applicationsCloseAt);
    if (now < opens.getTime()) {
      throw applicationsClosed(`Applications open at ${opens.toISOString()}`);
    }
    if (now > closes.getTime()) {
      throw applicationsClosed(`Applications closed at ${closes.toISOString()}`);
    }
  }

  transitionContext(fair: FairDto): TransitionContext {
    return { now: this.clock.now(), withdrawalDeadline: withdrawalDeadlineOf(fair) };
  }
}
