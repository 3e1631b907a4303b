import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Sweep, SweepLock, UnderSweepLock } from '@hoicho/platform';
import { AllocationQueue } from '../runs/allocation-queue';
import { AllocationRunRepository } from '../runs/allocation-run.repository';
import { OfferExpiryService } from '../waitlist/offer-expiry.service';

/**
 * Every sweep interval: re-adds runs the queue lost (a crash between commit and enqueue, a
 * flushed Redis; the job id makes a re-add of a live job a no-op), and expires waiting-list
 * offers past their time, passing their booths on. One process sweeps at a time.
 */
@Injectable()
export class AllocationSweeper {
  constructor(
    private readonly queue: AllocationQueue,
    private readonly runs: AllocationRunRepository,
    private readonly waitlist: OfferExpiryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Sweep({ name: 'allocation', lock: SweepLock.Allocation })
  async sweep(underLock: UnderSweepLock): Promise<void> {
    const grace = this.config.workers.sweepGraceMs;
    const runs = await underLock((manager) => this.runs.lost(grace, 20, manager));
    if (!runs) return;
    for (const id of runs) await this.queue.addRun(id);
    await this.waitlist.expireDue();
  }
}
