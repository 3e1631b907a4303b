import type {
  AssignmentExplanation,
  NormalizedBooth,
  NormalizedInstance,
  NormalizedRequest,
} from '../engine';
import type { PlacementIssueCode } from './placement-issue-codes';

/*
 * The contract's validity rules (ALLOCATION.md, "A placement") for placements an organiser
 * makes by hand in a draft, and the explanations of a draft after such edits. Pure functions.
 */

export type PlacementRule =
  'unknown' | 'duplicate' | 'size' | 'taken' | 'type' | 'zone' | 'connected';

export type { PlacementIssueCode } from './placement-issue-codes';
export { PLACEMENT_ISSUE_CODES } from './placement-issue-codes';

export interface PlacementIssue {
  /** The input field at fault, e.g. `booths.1`. */
  field: string;
  rule: PlacementRule;
  code: PlacementIssueCode;
  params: Record<string, string | number | string[]>;
  /** English, for logs and English callers. */
  message: string;
  /** For `taken`: the booth, and the request holding it. */
  booth?: string;
  holder?: string;
}

/** Booths and requests of an instance by id, with neighbour sets. */
export class InstanceIndex {
  readonly booths: Map<string, NormalizedBooth>;
  readonly requests: Map<string, NormalizedRequest>;
  readonly neighbours: Map<string, Set<string>>;
  /** near(r) ∪ {s : r ∈ near(s)}: the pairs the score counts. */
  readonly near: Map<string, Set<string>>;

  constructor(readonly instance: NormalizedInstance) {
    this.booths = new Map(instance.booths.map((b) => [b.id, b]));
    this.requests = new Map(instance.requests.map((r) => [r.id, r]));
    this.neighbours = new Map(instance.booths.map((b) => [b.id, new Set(b.neighbours)]));
    this.near = new Map(instance.requests.map((r) => [r.id, new Set<string>()]));
    for (const r of instance.requests) {
      for (const s of r.near) {
        if (!this.requests.has(s) || s === r.id) continue;
        this.near.get(r.id)!.add(s);
        this.near.get(s)!.add(r.id);
      }
    }
  }

  /** Every booth of `booths` reachable from the first through neighbours inside the set. */
  connected(booths: readonly string[]): boolean {
    if (booths.length <= 1) return true;
    const inside = new Set(booths);
    const seen = new Set([booths[0]]);
    const stack = [booths[0]];
    while (stack.length) {
      const b = stack.pop()!;
      for (const n of this.neighbours.get(b) ?? []) {
        if (inside.has(n) && !seen.has(n)) {
          seen.add(n);
          stack.push(n);
        }
      }
    }
    return seen.size === inside.size;
  }

  touches(a: readonly string[], b: readonly string[]): boolean {
    const other = new Set(b);
    return a.some((x) => [...(this.neighbours.get(x) ?? [])].some((n) => other.has(n)));
  }
}

/**
 * Checks booths given to `requestId` by hand. `holders` maps each booth to the request that
 * holds it in the draft (the request itself excluded). Rules 1 (size, no double booking) always
 * apply; rules 2–4 (types, one accepted zone, connected) unless `override`, which treats the
 * placement as the contract treats a pinned one.
 */
export function checkPlacement(
  index: InstanceIndex,
  requestId: string,
  booths: readonly string[],
  holders: ReadonlyMap<string, string>,
  override: boolean,
  field = 'booths',
): PlacementIssue[] {
  const request = index.requests.get(requestId);
  if (!request)
    return [
      {
        field: 'applicationId',
        rule: 'unknown',
        code: 'request_unknown',
        params: {},
        message: 'is not in this run',
      },
    ];
  const issues: PlacementIssue[] = [];
  const seen = new Set<string>();
  booths.forEach((code, i) => {
    if (!index.booths.has(code)) {
      issues.push({
        field: `${field}.${i}`,
        rule: 'unknown',
        code: 'booth_unknown',
        params: { booth: code },
        message: `booth ${code} is not a bookable booth of this fair’s plan`,
      });
    } else if (seen.has(code)) {
      issues.push({
        field: `${field}.${i}`,
        rule: 'duplicate',
        code: 'booth_twice',
        params: { booth: code },
        message: `booth ${code} is named twice`,
      });
    }
    seen.add(code);
  });
  if (booths.length !== request.size) {
    issues.push({
      field,
      rule: 'size',
      code: 'size',
      params: { size: request.size, given: booths.length },
      message: `must name exactly ${request.size} booth${request.size === 1 ? '' : 's'} (the application wants ${request.size})`,
    });
  }
  if (issues.length) return issues;
  booths.forEach((code, i) => {
    const holder = holders.get(code);
    if (holder && holder !== requestId) {
      issues.push({
        field: `${field}.${i}`,
        rule: 'taken',
        code: 'taken',
        params: { booth: code },
        message: `booth ${code} is taken`,
        booth: code,
        holder,
      });
    }
  });
  if (override) return issues;
  const list = booths.map((code) => index.booths.get(code)!);
  list.forEach((booth, i) => {
    if (!request.types.includes(booth.type)) {
      issues.push({
        field: `${field}.${i}`,
        rule: 'type',
        code: 'type',
        params: { booth: booth.id, type: booth.type, types: [...request.types] },
        message: `booth ${booth.id} is of type ${booth.type}; the application accepts ${request.types.join(', ')}`,
      });
    }
  });
  const zones = [...new Set(list.map((b) => b.zone))];
  if (zones.length > 1) {
    issues.push({
      field,
      rule: 'zone',
      code: 'zones_several',
      params: { zones },
      message: `the booths lie in several zones (${zones.join(', ')})`,
    });
  } else if (request.zones.length > 0 && !request.zones.includes(zones[0])) {
    issues.push({
      field,
      rule: 'zone',
      code: 'zone_not_wished',
      params: { zone: zones[0], zones: [...request.zones] },
      message: `zone ${zones[0]} is not among the application’s zones (${request.zones.join(', ')})`,
    });
  }
  if (!index.connected(booths)) {
    issues.push({
      field,
      rule: 'connected',
      code: 'not_connected',
      params: {},
      message: 'the booths do not form one connected block',
    });
  }
  return issues;
}

const ORDINALS = ['first', 'second', 'third'];
const ordinal = (n: number) => ORDINALS[n - 1] ?? `${n}th`;

/**
 * The engine's explanation, worked out again for a draft after hand edits: the zone the score
 * counts (the best-ranked of the booths' zones), corner, near-wishes met and missed.
 */
export function explainPlacement(
  index: InstanceIndex,
  requestId: string,
  booths: readonly string[],
  placed: ReadonlyMap<string, readonly string[]>,
  hand: { manual: boolean; override: boolean },
): AssignmentExplanation {
  const request = index.requests.get(requestId)!;
  const zonesOf = booths.map((b) => index.booths.get(b)?.zone ?? '?');
  let zone = zonesOf[0];
  let rank = request.zones.indexOf(zone);
  for (const z of zonesOf) {
    const k = request.zones.indexOf(z);
    if (k >= 0 && (rank < 0 || k < rank)) {
      zone = z;
      rank = k;
    }
  }
  const got = booths.some((b) => index.booths.get(b)?.corner === true);
  const nearMet: string[] = [];
  const nearMissed: string[] = [];
  for (const s of [...(index.near.get(requestId) ?? [])].sort()) {
    const other = placed.get(s);
    if (other && index.touches(booths, other)) nearMet.push(s);
    else nearMissed.push(s);
  }
  const pinned = request.pinned.length > 0;
  const parts: string[] = [];
  if (hand.override) parts.push('placed by the organiser’s override');
  else if (hand.manual) parts.push('placed by the organiser’s hand');
  else if (pinned) parts.push('pinned by the organiser');
  if (request.zones.length === 0) parts.push(`in ${zone} (any zone was acceptable)`);
  else if (rank >= 0) parts.push(`in ${zone}, its ${ordinal(rank + 1)} choice of zone`);
  else parts.push(`in ${zone}, not among its chosen zones`);
  if (request.corner) parts.push(got ? 'on a corner as wished' : 'not on a corner');
  if (nearMet.length) parts.push(`next to ${nearMet.join(', ')}`);
  if (nearMissed.length) parts.push(`not next to ${nearMissed.join(', ')}`);
  const text = parts.join('; ');
  return {
    zone,
    zoneChoice: request.zones.length > 0 && rank >= 0 ? rank + 1 : null,
    corner: { wanted: request.corner, got },
    nearMet,
    nearMissed,
    pinned: pinned || hand.manual || hand.override,
    text: text.charAt(0).toUpperCase() + text.slice(1) + '.',
  };
}
