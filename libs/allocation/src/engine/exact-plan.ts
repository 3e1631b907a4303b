import type { PlacementTable } from './exact-placements';
import type { Model } from './model';

/**
 * The exact solver's decision order and what depends on it. Requests that can be placed are
 * decided most valuable first (then larger first), interchangeable ones next to each other.
 */
export interface ExactPlan {
  /** Request at each decision position. */
  order: number[];
  /** Position of each request, −1 for pinned ones and those with no placement. */
  pos: Int32Array;
  /** symPrev[i]: the request at i is interchangeable with the one at i − 1. */
  symPrev: Uint8Array;
  /** Near partners (request indices) decided before position i, pinned ones included. */
  earlier: number[][];
  /** Near pairs as positions [a, b], a decided first; a pinned request r appears as −1 − r. */
  pairs: [number, number][];
  /** Positions before i with a near partner at i or later: their blocks shape the future. */
  frontier: number[][];
}

export function planExact(model: Model, tables: (PlacementTable | null)[]): ExactPlan {
  const { nR } = model;
  const order = tables.map((t, r) => (t && t.count > 0 ? r : -1)).filter((r) => r >= 0);
  const keys = new Map(order.map((r) => [r, symmetryKey(model, r)]));
  order.sort(
    (a, b) =>
      tables[b]!.value[0] - tables[a]!.value[0] ||
      model.size[b] - model.size[a] ||
      (keys.get(a)! < keys.get(b)! ? -1 : keys.get(a)! > keys.get(b)! ? 1 : 0) ||
      a - b,
  );
  const n = order.length;
  const pos = new Int32Array(nR).fill(-1);
  order.forEach((r, i) => (pos[r] = i));
  const symPrev = new Uint8Array(n);
  for (let i = 1; i < n; i++) {
    const k = keys.get(order[i])!;
    symPrev[i] = k !== '' && k === keys.get(order[i - 1]) ? 1 : 0;
  }
  const earlier: number[][] = order.map(() => []);
  const pairs: [number, number][] = [];
  for (let r = 0; r < nR; r++) {
    for (let e = model.nearStart[r]; e < model.nearStart[r + 1]; e++) {
      const s = model.nearList[e];
      if (s <= r) continue;
      const [a, b] = pos[r] <= pos[s] ? [r, s] : [s, r];
      if (pos[b] < 0) continue; // both fixed (their bonus is constant) or b can never be placed
      if (pos[a] < 0 && !model.pinned[a]) continue; // a can never be placed
      earlier[pos[b]].push(a);
      pairs.push([pos[a] >= 0 ? pos[a] : -1 - a, pos[b]]);
    }
  }
  const frontier: number[][] = order.map(() => []);
  for (let i = 0; i < n; i++) {
    for (const [a, b] of pairs) {
      if (a >= 0 && a < i && b >= i && !frontier[i].includes(a)) frontier[i].push(a);
    }
  }
  return { order, pos, symPrev, earlier, pairs, frontier };
}

/** Requests with equal keys are interchangeable; '' means "unique" (near-wishes involved). */
function symmetryKey(model: Model, r: number): string {
  if (model.nearStart[r + 1] > model.nearStart[r]) return '';
  const { nT, nZ } = model;
  return [
    model.size[r],
    model.weight[r],
    model.wantsCorner[r],
    model.typeOk.subarray(r * nT, (r + 1) * nT).join(''),
    model.zoneOk.subarray(r * nZ, (r + 1) * nZ).join(''),
    model.zoneBonus.subarray(r * nZ, (r + 1) * nZ).join(','),
  ].join('|');
}
