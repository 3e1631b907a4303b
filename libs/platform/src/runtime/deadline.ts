/**
 * Waits for `work` at most `ms`: true if it settled in time (a rejection counts as settled and
 * is swallowed), false if the deadline came first. The work itself is not cancelled; callers
 * that must not leave it running act on `false` (disconnect, kill).
 */
export async function settledWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
    timer.unref();
  });
  try {
    return await Promise.race([
      work.then(
        () => true,
        () => true,
      ),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Like `settledWithin`, but hands back the result, or rejects with `onTimeout()` at the deadline. */
export async function resultWithin<T>(
  work: Promise<T>,
  ms: number,
  onTimeout: () => Error,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * How long shutdown waits for each part, so SIGTERM ends the process within about 30 s (a
 * container's usual grace) whatever is down: jobs in hand get the longest, every other close
 * a few seconds, and a private service that ignores its stop signal is killed.
 */
export const SHUTDOWN = {
  /** Jobs in hand finishing (their rows settle in PostgreSQL; Redis may be gone). */
  drainMs: 15_000,
  /** The whole of Nest's close (hooks of every module), after which services stop anyway. */
  appCloseMs: 22_000,
  /** One connection or server closing. */
  closeMs: 3_000,
  /** An embedded service stopping after its signal, before it is killed. */
  serviceStopMs: 5_000,
} as const;
