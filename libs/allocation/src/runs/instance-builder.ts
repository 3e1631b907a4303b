import type { AllocationInstance, BoothInput, RequestInput } from '../engine';
import type { RunWarning } from './run-warning-codes';

/** The plan's booths as allocation reads them (PlanBoothDto's fields it uses). */
export interface PlanBoothLike {
  code: string;
  zone: string;
  type: string;
  corner: boolean;
  blocked: boolean;
  neighbours: string[];
}

/** An approved application as a request (ApplicationsService.approvedRequests). */
export interface RequestLike {
  id: string;
  size: number;
  types: string[];
  zones: string[];
  corner: boolean;
  priority: number;
  near: string[];
}

export interface BuildInput {
  booths: readonly PlanBoothLike[];
  requests: readonly RequestLike[];
  /** Booths organisers pinned by hand, by application (codes). */
  pins: ReadonlyMap<string, readonly string[]>;
  /** Published booths by application (codes); `manual` when placed by an organiser's hand. */
  published: ReadonlyMap<string, { booths: readonly string[]; manual: boolean }>;
  /** A reshuffle lets the engine move published assignments (not hand-placed ones). */
  reshuffle: boolean;
  /** Booths held elsewhere (a pending waiting-list offer): not allocated. */
  unavailable: ReadonlySet<string>;
}

export interface BuiltInstance {
  instance: AllocationInstance;
  /** Requests that carry pinned booths. */
  pinned: number;
  /** Pins or published booths that could not be honoured, for the organiser to read. */
  warnings: RunWarning[];
}

/**
 * The contract's instance for a fair: the plan's unblocked booths (minus those held by an
 * offer) with neighbours among them, the approved applications as requests, and as `pinned` the
 * booths assigned by hand (pins, hand-placed published booths) and, unless reshuffling, the
 * published ones. A pin that no longer fits (size changed, booth gone) is dropped with a
 * warning; a hand pin wins over a published booth on the same booth.
 */
export function buildInstance(input: BuildInput): BuiltInstance {
  const bookable = input.booths.filter((b) => !b.blocked && !input.unavailable.has(b.code));
  const ids = new Set(bookable.map((b) => b.code));
  const booths: BoothInput[] = bookable.map((b) => ({
    id: b.code,
    zone: b.zone,
    type: b.type,
    corner: b.corner,
    neighbours: b.neighbours.filter((n) => ids.has(n)).sort(),
  }));
  const warnings: RunWarning[] = [];
  const fits = (request: RequestLike, codes: readonly string[], what: 'pin' | 'published') => {
    if (codes.length !== request.size) {
      warnings.push({
        code: `${what}_wrong_size`,
        params: { application: request.id, booths: [...codes], size: request.size },
      });
      return false;
    }
    const missing = codes.filter((c) => !ids.has(c));
    if (missing.length) {
      warnings.push({
        code: `${what}_not_rentable`,
        params: { application: request.id, booths: missing },
      });
      return false;
    }
    return true;
  };
  const pinnedBy = new Map<string, string[]>();
  const owner = new Map<string, string>();
  for (const request of input.requests) {
    const pin = input.pins.get(request.id);
    if (pin && fits(request, pin, 'pin')) {
      pinnedBy.set(request.id, [...pin]);
      for (const code of pin) owner.set(code, request.id);
    }
  }
  for (const request of input.requests) {
    if (pinnedBy.has(request.id)) continue;
    const published = input.published.get(request.id);
    if (!published || (input.reshuffle && !published.manual)) continue;
    if (!fits(request, published.booths, 'published')) continue;
    const clash = published.booths.find((c) => owner.has(c));
    if (clash) {
      warnings.push({
        code: 'published_pinned_elsewhere',
        params: { application: request.id, booth: clash, holder: owner.get(clash)! },
      });
      continue;
    }
    pinnedBy.set(request.id, [...published.booths]);
    for (const code of published.booths) owner.set(code, request.id);
  }
  const requests: RequestInput[] = input.requests.map((r) => ({
    id: r.id,
    size: r.size,
    types: [...r.types],
    zones: [...r.zones],
    corner: r.corner,
    priority: r.priority,
    near: [...r.near],
    pinned: pinnedBy.get(r.id) ?? [],
  }));
  return { instance: { booths, requests }, pinned: pinnedBy.size, warnings };
}
