import { ExactBound } from './exact-bound';
import { LagrangianBound } from './exact-lagrange';
import {
  aroundOf as aroundMask,
  buildPlacementTable,
  maskOf,
  TooManyPlacementsError,
  wordsFor,
  type PlacementTable,
} from './exact-placements';
import type { Model } from './model';
import { placementValue, scorePlacements } from './score';

export interface ExactOptions {
  /** Stop after this many search nodes; the answer is then the best found, not proven. */
  nodeLimit?: number;
  /** Give up (optimal: false, no solution) when a request has more placements than this. */
  placementLimit?: number;
  /** A score already reached (e.g. by the heuristic): only strictly better is searched for. */
  lowerBound?: number;
  /** Most subproblems remembered for transposition pruning (default 2,000,000). */
  memoLimit?: number;
}

export interface ExactSolution {
  /** True when the search finished: `score` is the optimum. */
  optimal: boolean;
  /** Best score found, or −1 if none was (only when giving up before the first leaf). */
  score: number;
  /** Booths per request index, or null; undefined when no solution better than lowerBound. */
  placements?: (Int32Array | null)[];
  nodes: number;
}

/**
 * Exact optimum by depth-first branch and bound. Requests are decided one at a time, most
 * valuable first; each takes one of its placements (best first) or stays unassigned. The bound
 * is a fractional knapsack: each undecided request's best still-free placement value, packed
 * into the free booths any undecided request could use, plus `near` for every pair that could
 * still meet. Interchangeable requests (same attributes, no near-wishes) are ordered by
 * placement index to break symmetry. Pinned requests are fixed where pinned.
 */
export function solveExact(model: Model, options: ExactOptions = {}): ExactSolution {
  const nodeLimit = options.nodeLimit ?? Number.MAX_SAFE_INTEGER;
  const W = wordsFor(model.nB);
  const { nR, weights } = model;
  const tables: (PlacementTable | null)[] = [];
  try {
    for (let r = 0; r < nR; r++)
      tables.push(model.pinned[r] ? null : buildPlacementTable(model, r, options.placementLimit ?? 200_000));
  } catch (e) {
    if (e instanceof TooManyPlacementsError) return { optimal: false, score: -1, nodes: 0 };
    throw e;
  }
  // Fixed part: pinned requests.
  const used = new Uint32Array(W);
  const fixedMask: (Uint32Array | null)[] = model.pinned.map((p) => (p ? maskOf(model, p) : null));
  for (const p of model.pinned) if (p) for (const b of p) used[b >>> 5] |= 1 << (b & 31);
  const base = scorePlacements(model, model.pinned);

  // Decision order: most valuable first; interchangeable requests next to each other.
  const free = tables.map((t, r) => (t && t.count > 0 ? r : -1)).filter((r) => r >= 0);
  const key = (r: number) => symmetryKey(model, r);
  const keys = new Map(free.map((r) => [r, key(r)]));
  free.sort(
    (a, b) =>
      tables[b]!.value[0] - tables[a]!.value[0] ||
      model.size[b] - model.size[a] ||
      (keys.get(a)! < keys.get(b)! ? -1 : keys.get(a)! > keys.get(b)! ? 1 : 0) ||
      a - b,
  );
  const n = free.length;
  const pos = new Int32Array(nR).fill(-1);
  free.forEach((r, i) => (pos[r] = i));
  const symPrev = new Uint8Array(n);
  for (let i = 1; i < n; i++) {
    const k = keys.get(free[i])!;
    symPrev[i] = k !== '' && k === keys.get(free[i - 1]) ? 1 : 0;
  }
  // Near partners decided before position i (pinned ones are always "before").
  const earlier: number[][] = free.map(() => []);
  const pairs: [number, number][] = []; // positions, a pinned request r as −1 − r; a before b
  for (let r = 0; r < nR; r++) {
    for (let e = model.nearStart[r]; e < model.nearStart[r + 1]; e++) {
      const s = model.nearList[e];
      if (s <= r) continue;
      const [a, b] = pos[r] <= pos[s] ? [r, s] : [s, r];
      if (pos[b] < 0) continue; // both pinned (already in base) or b has no placement
      if (pos[a] < 0 && !model.pinned[a]) continue; // a can never be assigned
      earlier[pos[b]].push(a);
      pairs.push([pos[a] >= 0 ? pos[a] : -1 - a, pos[b]]);
    }
  }
  const chosen = new Int32Array(n).fill(-1);
  const firstFree = new Int32Array((n + 1) * Math.max(n, 1));
  let best = options.lowerBound ?? -1;
  let bestChosen: Int32Array | null = null;
  let nodes = 0;
  let aborted = false;
  const posTables = free.map((r) => tables[r]!);
  const sizes = Int32Array.from(free.map((r) => model.size[r]));
  const ub = new ExactBound(n, W, model.nB, posTables, sizes);
  const lagrange = new LagrangianBound(n, W, model.nB, posTables, sizes);

  const fits = (t: PlacementTable, p: number) => {
    for (let w = 0; w < W; w++) if (t.booths[p * W + w] & used[w]) return false;
    return true;
  };
  /** Booth mask of `other` where it stands (pinned or chosen), or null. */
  const standing = (other: number): [Uint32Array, number] | null => {
    const o = pos[other];
    if (o < 0) return [fixedMask[other]!, 0];
    if (chosen[o] < 0) return null;
    return [tables[other]!.booths, chosen[o] * W];
  };
  const touches = (t: PlacementTable, p: number, other: number) => {
    const at = standing(other);
    if (!at) return false;
    const [m, off] = at;
    for (let w = 0; w < W; w++) if (t.around[p * W + w] & m[off + w]) return true;
    return false;
  };
  const aroundCache = new Map<number, Uint32Array>();
  const aroundStanding = (other: number): Uint32Array => {
    const o = pos[other];
    const key = o < 0 ? -1 - other : o * 1_000_000 + chosen[o];
    let m = aroundCache.get(key);
    if (!m) {
      m = o < 0 ? aroundMask(model, model.pinned[other]!) : tables[other]!.around.slice(chosen[o] * W, chosen[o] * W + W);
      aroundCache.set(key, m);
    }
    return m;
  };

  const bound = (i: number, cur: number): number => {
    const row = firstFree.subarray(i * n, i * n + n);
    if (i > 0) row.set(firstFree.subarray((i - 1) * n, i * n));
    let total = ub.values(i, used, row);
    const nearPart = nearBound(i);
    total += nearPart;
    if (cur + total >= best + step - 1e-9) {
      const iterations = i === 0 ? 300 : 50;
      const target = best - cur + step - 1e-9;
      total = Math.min(total, lagrange.bound(i, used, row, iterations, target, nearExtra(i)));
    }
    return total;
  };

  /** Near bonuses placement p of position j can still earn (see LagrangianBound). */
  const nearExtra = (i: number) => (j: number, p: number): number => {
    const r = free[j];
    const t = tables[r]!;
    let extra = 0;
    for (let e = model.nearStart[r]; e < model.nearStart[r + 1]; e++) {
      const s = model.nearList[e];
      const o = pos[s];
      if (o >= 0 && o >= i) {
        if (ub.bestValue[o] === 0) continue;
        for (let w = 0; w < W; w++) {
          if (t.around[p * W + w] & ub.reachable[o * W + w]) {
            extra += weights.near / 2;
            break;
          }
        }
      } else if (o >= 0 || model.pinned[s]) {
        if (touches(t, p, s)) extra += weights.near;
      }
    }
    return extra;
  };

  const nearBound = (i: number): number => {
    let total = 0;
    const { reachable, around } = ub;
    for (const [a, b] of pairs) {
      if (b < i || ub.bestValue[b] === 0) continue;
      let from: Uint32Array;
      let off = 0;
      if (a >= 0 && a < i) {
        if (chosen[a] < 0) continue;
        from = aroundStanding(free[a]);
      } else if (a < 0) {
        from = aroundStanding(-1 - a);
      } else {
        if (ub.bestValue[a] === 0) continue;
        from = around;
        off = a * W;
      }
      let meet = false;
      for (let w = 0; w < W && !meet; w++) if (from[off + w] & reachable[b * W + w]) meet = true;
      if (meet) total += weights.near;
    }
    return total;
  };


  // Transpositions: the same booths used by the first i requests (and the same blocks for
  // those with near partners still undecided) leave the same subproblem; only a better
  // score so far is worth exploring again.
  const frontier: number[][] = free.map(() => []);
  for (let i = 0; i < n; i++) {
    for (const [a, b] of pairs) if (a >= 0 && a < i && b >= i && !frontier[i].includes(a)) frontier[i].push(a);
  }
  const seen = new Map<string, number>();
  const memoLimit = options.memoLimit ?? 2_000_000;
  const stateKey = (i: number): string => {
    let k = String(i);
    for (let w = 0; w < W; w++) k += ',' + used[w];
    for (const a of frontier[i]) k += ';' + chosen[a];
    return k;
  };

  // With integral weights every score is an integer: only bounds ≥ best + 1 are worth a look.
  const integral =
    Number.isInteger(weights.near) &&
    posTables.every((t) => t.value.every((v) => Number.isInteger(v))) &&
    model.pinned.every((p, r) => !p || Number.isInteger(placementValue(model, r, p)));
  const step = integral ? 1 : 1e-9;

  const dfs = (i: number, cur: number): void => {
    if (aborted) return;
    if (process.env.DIAG) (globalThis as any).depthCount[i] = ((globalThis as any).depthCount[i] ?? 0) + 1;
    if (++nodes > nodeLimit) {
      aborted = true;
      return;
    }
    if (i === n) {
      if (cur > best) {
        best = cur;
        bestChosen = chosen.slice();
      }
      return;
    }
    if (i > 0) {
      const key = stateKey(i);
      const prev = seen.get(key);
      if (prev !== undefined && cur <= prev + 1e-9) return;
      if (prev !== undefined || seen.size < memoLimit) seen.set(key, cur);
    }
    if (cur + bound(i, cur) < best + step - 1e-9) return;
    const r = free[i];
    const t = tables[r]!;
    const sym = symPrev[i] === 1;
    if (!(sym && chosen[i - 1] < 0)) {
      const start = Math.max(sym ? chosen[i - 1] + 1 : 0, firstFree[i * n + i]);
      for (let p = start; p < t.count && !aborted; p++) {
        if (!fits(t, p)) continue;
        let gain = t.value[p];
        for (const s of earlier[i]) if (touches(t, p, s)) gain += weights.near;
        for (let w = 0; w < W; w++) used[w] |= t.booths[p * W + w];
        chosen[i] = p;
        dfs(i + 1, cur + gain);
        chosen[i] = -1;
        for (let w = 0; w < W; w++) used[w] &= ~t.booths[p * W + w];
      }
    }
    dfs(i + 1, cur);
  };
  if (process.env.DIAG) { console.log("root bound", base + bound(0, base), "base", base); (globalThis as any).depthCount = []; }
  dfs(0, base);

  if (process.env.DIAG) console.log(free.map((r, i) => `${i}:p${model.instance.requests[r].priority}s${model.size[r]}c${tables[r]!.count}:${(globalThis as any).depthCount[i] ?? 0}`).join(' '));
  const optimal = !aborted;
  if (!bestChosen) return { optimal, score: best, nodes };
  const placements: (Int32Array | null)[] = model.pinned.map((p) => (p ? p.slice() : null));
  const bc: Int32Array = bestChosen;
  free.forEach((r, i) => {
    if (bc[i] >= 0) placements[r] = tables[r]!.lists[bc[i]].slice();
  });
  return { optimal, score: scorePlacements(model, placements), placements, nodes };
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
