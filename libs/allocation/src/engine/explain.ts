import type { AssignmentExplanation } from './instance.types';
import type { Model } from './model';
import type { UnassignedReason } from './reason-codes';
import { blocksTouch } from './score';

/**
 * Human-readable answers to "why did I get this booth?" and "why did I get none?".
 * `placements` is the final allocation by request index.
 */
export function explainAssignment(
  model: Model,
  placements: (ArrayLike<number> | null)[],
  r: number,
): AssignmentExplanation {
  const req = model.instance.requests[r];
  const booths = Array.from(placements[r]!);
  // The zone the score counts: the best-ranked of the block's zones (one zone unless pinned).
  let zone = model.boothZone[booths[0]];
  for (const b of booths) {
    const k = model.zoneRank[r * model.nZ + model.boothZone[b]];
    const best = model.zoneRank[r * model.nZ + zone];
    if (k >= 0 && (best < 0 || k < best)) zone = model.boothZone[b];
  }
  const rank = model.zoneRank[r * model.nZ + zone];
  const gotCorner = booths.some((b) => model.boothCorner[b] === 1);
  const nearMet: string[] = [];
  const nearMissed: string[] = [];
  for (let e = model.nearStart[r]; e < model.nearStart[r + 1]; e++) {
    const s = model.nearList[e];
    const q = placements[s];
    const id = model.instance.requests[s].id;
    if (q && blocksTouch(model, booths, q)) nearMet.push(id);
    else nearMissed.push(q ? id : `${id} (unassigned)`);
  }
  const zoneName = model.zoneNames[zone];
  const parts: string[] = [];
  if (req.pinned.length > 0) parts.push('pinned by the organiser');
  if (req.zones.length === 0) parts.push(`in ${zoneName} (any zone was acceptable)`);
  else if (rank >= 0) parts.push(`in ${zoneName}, its ${ordinal(rank + 1)} choice of zone`);
  else parts.push(`in ${zoneName}, not among its chosen zones`);
  if (req.corner)
    parts.push(gotCorner ? 'on a corner as wished' : 'no corner booth was free for it');
  if (nearMet.length > 0) parts.push(`next to ${nearMet.join(', ')}`);
  if (nearMissed.length > 0) parts.push(`not next to ${nearMissed.join(', ')}`);
  const text = parts.join('; ');
  return {
    zone: zoneName,
    zoneChoice: rank >= 0 ? rank + 1 : null,
    corner: { wanted: req.corner, got: gotCorner },
    nearMet,
    nearMissed: nearMissed.map((s) => s.replace(' (unassigned)', '')),
    pinned: req.pinned.length > 0,
    text: text.charAt(0).toUpperCase() + text.slice(1) + '.',
  };
}

/** What explaining many unassigned requests of one allocation can share. */
export interface ExplainCache {
  owner: Int32Array;
  /** Per (size, types, zones): booths that fit, and the largest connected groups of them. */
  classes: Map<string, { fitting: number[]; largest: number; largestUnpinned: number }>;
}

export function explainCache(model: Model, placements: (ArrayLike<number> | null)[]): ExplainCache {
  const owner = new Int32Array(model.nB).fill(-1);
  placements.forEach((p, s) => {
    if (p) for (let i = 0; i < p.length; i++) owner[p[i]] = s;
  });
  return { owner, classes: new Map() };
}

export function explainUnassigned(
  model: Model,
  placements: (ArrayLike<number> | null)[],
  r: number,
  cache: ExplainCache = explainCache(model, placements),
): UnassignedReason {
  const req = model.instance.requests[r];
  const { nZ, nT } = model;
  const types = orList(req.types);
  const where = req.zones.length === 0 ? 'any zone' : orList(req.zones);
  const key = `${req.size}|${req.types.join(',')}|${req.zones.join(',')}`;
  let cls = model.pinned[r] ? undefined : cache.classes.get(key);
  if (!cls) {
    const fitting: number[] = [];
    for (let b = 0; b < model.nB; b++) {
      if (model.typeOk[r * nT + model.boothType[b]] && model.zoneOk[r * nZ + model.boothZone[b]])
        fitting.push(b);
    }
    const pinnedElsewhere = (b: number) => model.pinnedOwner[b] >= 0 && model.pinnedOwner[b] !== r;
    cls = {
      fitting,
      largest: largestBlock(model, fitting, () => true),
      largestUnpinned: largestBlock(model, fitting, (b) => !pinnedElsewhere(b)),
    };
    if (!model.pinned[r]) cache.classes.set(key, cls);
  }
  const { fitting } = cls;
  const what = blockPhrase(req.size, types);
  const wanted = { size: req.size, types: [...req.types], zones: [...req.zones] };
  if (fitting.length === 0)
    return {
      code: 'no_such_booth',
      params: wanted,
      reason: `no ${types} booth exists in ${where}`,
    };
  if (cls.largest < req.size)
    return {
      code: 'no_block_big_enough',
      params: { ...wanted, largest: cls.largest },
      reason: `no ${what} exists in ${where}: the largest connected group of such booths has ${cls.largest}`,
    };
  if (cls.largestUnpinned < req.size)
    return {
      code: 'pinned_elsewhere',
      params: wanted,
      reason: `every ${what} in ${where} includes booths the organiser pinned to other requests`,
    };
  const owner = cache.owner;
  let higher = 0;
  let equal = 0;
  let lower = 0;
  let free = 0;
  for (const b of fitting) {
    const o = owner[b];
    if (o < 0) free++;
    else if (model.instance.requests[o].priority > req.priority) higher++;
    else if (model.instance.requests[o].priority === req.priority) equal++;
    else lower++;
  }
  const taken: string[] = [];
  if (higher) taken.push(`${higher} by higher-priority requests`);
  if (equal) taken.push(`${equal} by requests of equal priority`);
  if (lower) taken.push(`${lower} by lower-priority requests`);
  const freeNote =
    free > 0 ? `; the ${free} still free ${free === 1 ? 'is' : 'are'} not connected enough` : '';
  return {
    code: 'all_taken',
    params: {
      ...wanted,
      total: fitting.length,
      taken: fitting.length - free,
      higher,
      equal,
      lower,
      free,
    },
    reason:
      `no free ${what} in ${where}: ${fitting.length - free} of the ${fitting.length} such booths ` +
      `${fitting.length - free === 1 ? 'is' : 'are'} taken (${taken.join(', ')})${freeNote}`,
  };
}

function largestBlock(model: Model, booths: number[], allowed: (b: number) => boolean): number {
  const inSet = new Uint8Array(model.nB);
  for (const b of booths) if (allowed(b)) inSet[b] = 1;
  const seen = new Uint8Array(model.nB);
  let best = 0;
  for (const start of booths) {
    if (!inSet[start] || seen[start]) continue;
    // One zone per block: grow within the start booth's zone.
    const zone = model.boothZone[start];
    const stack = [start];
    seen[start] = 1;
    let count = 0;
    while (stack.length > 0) {
      const b = stack.pop()!;
      count++;
      for (let e = model.adjStart[b]; e < model.adjStart[b + 1]; e++) {
        const n = model.adjList[e];
        if (inSet[n] && !seen[n] && model.boothZone[n] === zone) {
          seen[n] = 1;
          stack.push(n);
        }
      }
    }
    best = Math.max(best, count);
  }
  return best;
}

function blockPhrase(size: number, types: string): string {
  if (size === 1) return `${types} booth`;
  if (size === 2) return `connected pair of ${types} booths`;
  return `connected block of ${size} ${types} booths`;
}

function orList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}
