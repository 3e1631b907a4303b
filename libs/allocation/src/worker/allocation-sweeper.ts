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
import { WaitlistService } from '../waitlist/waitlist.service';

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
    private readonly waitlist: WaitlistService,
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
    const runs = await underSweepLock(this.dataSource, SWEEP_LOCK, async (manager) => {
      return (await manager.query(
        `SELECT id FROM allocation_runs
          WHERE status IN ('queued', 'running') AND updated_at < now() - $1 * interval '1 millisecond'
          ORDER BY updated_at LIMIT 20`,
        [grace],
      )) as { id: string }[];
    });
    if (!runs) return;
    for (const run of runs) await this.queue.addRun(run.id);
    await this.waitlist.expireDue();
  }
}
