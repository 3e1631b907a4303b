/** Visitors (or invitations) per transaction: one multi-row insert and one addBulk each. */
export const PAGE = 2000;
/** Pages in flight at once: reading the next page overlaps writing the previous ones. */
export const PARALLEL_PAGES = 6;
const TOUCH_EVERY_MS = 1000;

/** Runs `work` on each page `next` yields, at most `limit` at a time, in order of reading. */
export async function pipelined<T>(
  next: () => Promise<T[] | undefined>,
  work: (page: T[]) => Promise<void>,
  limit: number,
): Promise<void> {
  const running = new Set<Promise<void>>();
  let failure: unknown;
  for (let page = await next(); page; page = await next()) {
    const task: Promise<void> = work(page)
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => running.delete(task));
    running.add(task);
    if (running.size >= limit) await Promise.race(running);
    if (failure) break;
  }
  await Promise.all(running);
  if (failure) throw failure;
}

/**
 * Progress keeps the sweep away (outside the page transactions: no lock on the row). Once a
 * second is plenty for a sweep that waits OUTBOX_GRACE_MS, and parallel pages do not queue
 * on the row.
 */
export function progressMarker(touch: () => Promise<void>): () => Promise<void> {
  let last = 0;
  return async () => {
    if (Date.now() - last < TOUCH_EVERY_MS) return;
    last = Date.now();
    await touch();
  };
}
