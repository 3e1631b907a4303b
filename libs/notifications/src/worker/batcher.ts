export interface BatcherOptions {
  /** A batch goes as soon as this many calls wait (and no batch is running). */
  flushAt?: number;
  /** Most keys in one batch. */
  maxSize?: number;
  /** Batches running at once; calls arriving meanwhile wait for the next one. */
  maxInFlight?: number;
  /**
   * How long fewer than `flushAt` calls wait for company before they go anyway (0: until the
   * current turn of the event loop ends). A few milliseconds cost nothing to a mail that
   * takes tens of milliseconds to send, and let one statement serve many messages.
   */
  windowMs?: number;
}

/**
 * Turns many single-key calls into few batched ones, so a busy worker makes one database
 * round trip for many messages instead of one each. A busy worker fills batches to
 * `flushAt` at once; a quiet one waits at most `windowMs`.
 */
export class Batcher<K, R> {
  private waiting: { key: K; resolve: (result: R) => void; reject: (error: unknown) => void }[] =
    [];
  private inFlight = 0;
  /** Cancels the flush that is scheduled, if one is. */
  private cancelScheduled?: () => void;
  private readonly flushAt: number;
  private readonly maxSize: number;
  private readonly maxInFlight: number;
  private readonly windowMs: number;

  constructor(
    /** Must return one result per key, in the order of the keys. */
    private readonly run: (keys: K[]) => Promise<R[]>,
    options: BatcherOptions = {},
  ) {
    this.maxSize = options.maxSize ?? 500;
    this.flushAt = Math.min(Math.max(1, options.flushAt ?? 1), this.maxSize);
    this.maxInFlight = options.maxInFlight ?? 1;
    this.windowMs = options.windowMs ?? 0;
  }

  call(key: K): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ key, resolve, reject });
      this.next();
    });
  }

  /** Sends a batch now if enough calls wait, or makes sure one goes when the window ends. */
  private next(): void {
    if (!this.waiting.length || this.inFlight >= this.maxInFlight) return;
    if (this.waiting.length >= this.flushAt) return this.flush();
    if (this.cancelScheduled) return;
    const fire = () => {
      this.cancelScheduled = undefined;
      this.flush();
    };
    if (this.windowMs > 0) {
      const timer = setTimeout(fire, this.windowMs);
      this.cancelScheduled = () => clearTimeout(timer);
    } else {
      const immediate = setImmediate(fire);
      this.cancelScheduled = () => clearImmediate(immediate);
    }
  }

  private flush(): void {
    this.cancelScheduled?.();
    this.cancelScheduled = undefined;
    while (this.inFlight < this.maxInFlight && this.waiting.length) {
      const batch = this.waiting.splice(0, this.maxSize);
      this.inFlight++;
      this.run(batch.map((b) => b.key))
        .then(
          (results) => batch.forEach((b, i) => b.resolve(results[i])),
          (error: unknown) => batch.forEach((b) => b.reject(error)),
        )
        .finally(() => {
          this.inFlight--;
          this.next();
        });
    }
  }
}
