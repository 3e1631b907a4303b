import { liveHeapBytes } from './live-heap';

export interface HeapGrowth {
  /** The highest `heapUsed` seen over the baseline, garbage included. */
  peakBytes: number;
  /** The highest heap still reachable after a full collection; measured only when asked. */
  livePeakBytes?: number;
}

/**
 * Watches this process's heap while `work` runs: `heapUsed` every 20 ms, and with `live`, the
 * heap left after a forced full collection once a second. V8 lets garbage pile up to hundreds
 * of MB before collecting it, so the first says how much memory the process took, the second
 * how much the work kept; the forced collections cost time, so they are not on by default.
 */
export async function watchHeap<T>(
  work: () => Promise<T>,
  live = false,
): Promise<{ result: T; heap: HeapGrowth }> {
  const base = live ? liveHeapBytes() : process.memoryUsage().heapUsed;
  let peak = 0;
  let livePeak = 0;
  const sample = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed - base);
  }, 20);
  const collect = live
    ? setInterval(() => (livePeak = Math.max(livePeak, liveHeapBytes() - base)), 1000)
    : undefined;
  try {
    const result = await work();
    return { result, heap: { peakBytes: peak, ...(live ? { livePeakBytes: livePeak } : {}) } };
  } finally {
    clearInterval(sample);
    if (collect) clearInterval(collect);
  }
}
