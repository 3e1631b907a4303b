import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@hoicho/platform';
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
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: AllocationQueue,
    private readonly waitlist: WaitlistService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.sweep()
        .catch((error: Error) => this.logger.warn(`allocation sweep failed: ${error.message}`))
        .finally(() => (this.running = undefined));
    }, this.config.workers.sweepIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  async sweep(): Promise<void> {
    const grace = this.config.workers.sweepGraceMs;
    const runs = await this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [
        SWEEP_LOCK,
      ]);
      if (!locked) return undefined;
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
