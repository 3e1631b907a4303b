/**
 * What a bench started, stopped in reverse order at the end or on Ctrl-C / SIGTERM, so no
 * private PostgreSQL, Redis, sink or worker outlives the run.
 */
export class CleanUps {
  private readonly stops: (() => Promise<unknown>)[] = [];

  constructor() {
    process.once('SIGINT', () => void this.run().then(() => process.exit(130)));
    process.once('SIGTERM', () => void this.run().then(() => process.exit(143)));
  }

  add(stop: () => Promise<unknown>): void {
    this.stops.push(stop);
  }

  async run(): Promise<void> {
    while (this.stops.length) {
      const stop = this.stops.pop()!;
      await stop().catch((error: Error) => process.stderr.write(`clean-up: ${error.message}\n`));
    }
  }
}

/** A bench's main: its exit code says whether it met its goals; a crash prints the stack. */
export function runBench(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    process.exit(1);
  });
}
