import type { AllocationInstance, BoothInput, RequestInput } from '../instance.types';

/**
 * Small floor plans for hand-made tests. `row(zone, prefix, n)` lays out n booths in a row,
 * each touching the next; the two ends are corners unless `corners` says otherwise.
 */
export function row(
  zone: string,
  prefix: string,
  n: number,
  opts: { type?: string; types?: string[]; corners?: boolean[] } = {},
): BoothInput[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i + 1}`,
    zone,
    type: opts.types?.[i] ?? opts.type ?? 'standard',
    corner: opts.corners ? opts.corners[i] : i === 0 || i === n - 1,
    neighbours: [i > 0 ? `${prefix}${i}` : null, i < n - 1 ? `${prefix}${i + 2}` : null].filter(
      (x): x is string => x !== null,
    ),
  }));
}

/** A request with defaults: size 1, standard, any zone, priority 1, no wishes. */
export function req(id: string, fields: Partial<RequestInput> = {}): RequestInput {
  return {
    id,
    size: 1,
    types: ['standard'],
    zones: [],
    corner: false,
    priority: 1,
    near: [],
    pinned: [],
    ...fields,
  };
}

export function instance(
  booths: BoothInput[],
  requests: RequestInput[],
  weights?: AllocationInstance['weights'],
): AllocationInstance {
  return weights ? { booths, requests, weights } : { booths, requests };
}

/** Booths assigned to a request in a result, or null. */
export function boothsOf(
  result: { assignments: { request: string; booths: string[] }[] },
  id: string,
): string[] | null {
  const a = result.assignments.find((x) => x.request === id);
  return a ? [...a.booths].sort() : null;
}
