import { Logger } from '@nestjs/common';
import { SHUTDOWN, settledWithin } from '../runtime/deadline';

/**
 * Runs a sweep every interval, never two at once in this process; a failure is logged and the
 * next tick tries again. Sweeps run on a timer rather than as BullMQ repeatable jobs, because
 * they must work precisely when Redis has lost its data, schedules included.
 */
export class SweepTimer {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly name: string,
    private readonly sweep: () => Promise<unknown>,
    private readonly logger: Logger,
  ) {}

  start(intervalMs: number): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.sweep()
        .catch((error: Error) => this.logger.warn(`${this.name} sweep failed: ${error.message}`))
        .finally(() => (this.running = undefined));
    }, intervalMs);
  }

  /** Stops the timer and waits for a sweep in progress, within the shutdown deadline. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    if (this.running && !(await settledWithin(this.running, SHUTDOWN.closeMs)))
      this.logger.warn(`${this.name} sweep still running at shutdown; left behind`);
  }
}
