import { DiskSink } from './disk-sink-client';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The sink's distinct count, sampled every 250 ms: how far the campaign got, and how fast. */
export class Progress {
  private readonly samples: { at: number; distinct: number }[] = [];
  private timer?: NodeJS.Timeout;

  constructor(private readonly sink: DiskSink) {}

  start(): void {
    const sample = async () => {
      this.samples.push({ at: Date.now(), distinct: await this.sink.distinct() });
      this.timer = setTimeout(() => void sample(), 250);
    };
    void sample();
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  distinct(): number {
    return this.samples.at(-1)?.distinct ?? 0;
  }

  /** Messages a second over [from, to], from the samples nearest its ends. */
  rate(from: number, to: number): number {
    const first = this.samples.find((s) => s.at >= from);
    const last = this.samples.findLast((s) => s.at <= to);
    if (!first || !last || last.at - first.at < 500) return 0;
    return (last.distinct - first.distinct) / ((last.at - first.at) / 1000);
  }

  async until(what: string, done: () => boolean, timeoutMs = 600_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(100);
    }
  }

  /**
   * When sending is back after a fault that began at `faultAt`: the end of the first window of
   * `windowMs` after it whose rate is at least `share` of `baseline` (the rate before).
   */
  async resumedAt(
    faultAt: number,
    baseline: number,
    finished: () => boolean,
    windowMs = 2000,
    share = 0.75,
  ) {
    await this.until('sending to resume', () => {
      const now = Date.now();
      if (finished()) return true;
      return now - windowMs >= faultAt && this.rate(now - windowMs, now) >= baseline * share;
    });
    return Date.now();
  }
}
