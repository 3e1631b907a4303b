import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, SweepTimer, underSweepLock } from '@hoicho/platform';
import { AllocationQueue } from '../runs/allocation-queue';
import { AllocationRunRepository } from '../runs/allocation-run.repository';
import { OfferExpiryService } from '../waitlist/offer-expiry.service';

const SWEEP_LOCK = 724_407;

/**
 * Every sweep interval: re-adds runs the queue lost (a crash between commit and enqueue, a
 * flushed Redis; the job id makes a re-add of a live job a no-op), and expires waiting-list
 * offers past their time, passing their booths on. One process sweeps at a time.
 */
@Injectable()
export class AllocationSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AllocationSweeper.name);
  private readonly timer = new SweepTimer('allocation', () => this.sweep(), this.logger);

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: AllocationQueue,
    private readonly runs: AllocationRunRepository,
    private readonly waitlist: OfferExpiryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer.start(this.config.workers.sweepIntervalMs);
  }

  onApplicationShutdown(): Promise<void> {
    return this.timer.stop();
  }

  async sweep(): Promise<void> {
    const grace = this.config.workers.sweepGraceMs;
    const runs = await underSweepLock(this.dataSource, SWEEP_LOCK, (manager) =>
      this.runs.lost(grace, 20, manager),
    );
    if (!runs) return;
    for (const id of runs) await this.queue.addRun(id);
    await this.waitlist.expireDue();
  }
}
