import { Logger } from '@nestjs/common';

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

  /** Stops the timer and waits for a sweep in progress. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
