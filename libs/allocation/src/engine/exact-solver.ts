import { ExactBound } from './exact-bound';
import { LagrangianBound } from './exact-lagrange';
import { ExactNear } from './exact-near';
import { planExact } from './exact-plan';
import {
  buildPlacementTable,
  TooManyPlacementsError,
  wordsFor,
  type PlacementTable,
} from './exact-placements';
import type { Model } from './model';
import { placementValue, scorePlacements } from './score';

export interface ExactOptions {
  /** Stop after this many search nodes; the answer is then the best found, not proven. */
  nodeLimit?: number;
  /**
   * Alternatively, stop when nodes × placements (of all requests) exceeds this: a limit that
   * costs about the same time whatever the instance's size.
   */
  workLimit?: number;
  /** Give up (optimal: false, no solution) when a request has more placements than this. */
  placementLimit?: number;
  /** A score already reached (e.g. by the heuristic): only strictly better is searched for. */
  lowerBound?: number;
  /** Most subproblems remembered for transposition pruning (default 1,000,000). */
  memoLimit?: number;
}

export interface ExactSolution {
  /** True when the search finished: nothing scores more than `score` (or the lowerBound). */
  optimal: boolean;
  /** Best score found, or the lowerBound (−1 if none) when nothing better was found. */
  score: number;
  /** Booths per request index, or null; undefined when nothing beat the lowerBound. */
  placements?: (Int32Array | null)[];
  nodes: number;
  /** Nothing scores more than this (the bound at the root, or the optimum when proven). */
  upperBound: number;
}

/**
 * Exact optimum by depth-first branch and bound, for small instances. Requests are decided one
 * at a time, most valuable first; each takes one of its placements (best first) or stays out.
 * A node is pruned when the score so far plus an upper bound on the rest cannot beat the best
 * found: the smaller of a b-matching bound (ExactBound) and a Lagrangian set-packing bound
 * (LagrangianBound), with near pairs bounded by ExactNear. Interchangeable requests take
 * placements in increasing order (symmetry), and a subproblem reached again with no better
 * score so far is skipped (transpositions). Pinned requests stay where pinned.
 */
export function solveExact(model: Model, options: ExactOptions = {}): ExactSolution {
  const W = wordsFor(model.nB);
  const tables: (PlacementTable | null)[] = [];
  try {
    for (let r = 0; r < model.nR; r++) {
      const limit = options.placementLimit ?? 200_000;
      tables.push(model.pinned[r] ? null : buildPlacementTable(model, r, limit));
    }
  } catch (e) {
    if (e instanceof TooManyPlacementsError)
      return { optimal: false, score: -1, nodes: 0, upperBound: Infinity };
    throw e;
  }
  const plan = planExact(model, tables);
  let tableSize = 0;
  for (const t of tables) tableSize += t ? t.count : 0;
  const nodeLimit = Math.min(
    options.nodeLimit ?? Number.MAX_SAFE_INTEGER,
    options.workLimit === undefined
      ? Number.MAX_SAFE_INTEGER
      : Math.max(1, Math.floor(options.workLimit / Math.max(1, tableSize))),
  );
  const { order, symPrev, frontier } = plan;
  const n = order.length;
  const used = new Uint32Array(W);
  for (const p of model.pinned) if (p) for (const b of p) used[b >>> 5] |= 1 << (b & 31);
  const chosen = new Int32Array(n).fill(-1);
  const firstFree = new Int32Array((n + 1) * Math.max(n, 1));
  const posTables = order.map((r) => tables[r]!);
  const sizes = Int32Array.from(order.map((r) => model.size[r]));
  const values = new ExactBound(n, W, model.nB, posTables, sizes);
  const lagrange = new LagrangianBound(n, W, model.nB, posTables, sizes);
  const near = new ExactNear(model, plan, tables, chosen, values, W);
  // With integral weights every score is an integer: a bound must reach best + 1 to matter.
  const integral =
    Number.isInteger(model.weights.near) &&
    posTables.every((t) => t.value.every((v) => Number.isInteger(v))) &&
    model.pinned.every((p, r) => !p || Number.isInteger(placementValue(model, r, p)));
  const step = integral ? 1 - 1e-9 : 1e-9;

  let best = options.lowerBound ?? -1;
  let bestChosen: Int32Array | null = null;
  let nodes = 0;
  let aborted = false;

  const bound = (i: number, cur: number): number => {
    const row = firstFree.subarray(i * n, i * n + n);
    if (i > 0) row.set(firstFree.subarray((i - 1) * n, i * n));
    let total = values.values(i, used, row) + near.bound(i);
    if (cur + total >= best + step) {
      const iterations = i === 0 ? 300 : 12;
      total = Math.min(
        total,
        lagrange.bound(i, used, row, iterations, best - cur + step, near.extra(i)),
      );
    }
    return total;
  };

  // Transpositions: the same booths used after i decisions (and the same blocks for those
  // whose near partners are undecided) leave the same subproblem.
  const seen = new Map<string, number>();
  const memoLimit = options.memoLimit ?? 1_000_000;
  const stateKey = (i: number): string => {
    let k = String(i);
    for (let w = 0; w < W; w++) k += ',' + used[w];
    for (const a of frontier[i]) k += ';' + chosen[a];
    if (symPrev[i]) k += '/' + chosen[i - 1];
    return k;
  };

  const fits = (t: PlacementTable, p: number) => {
    for (let w = 0; w < W; w++) if (t.booths[p * W + w] & used[w]) return false;
    return true;
  };

  const dfs = (i: number, cur: number): void => {
    if (aborted) return;
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
    if (cur + bound(i, cur) < best + step) return;
    const t = posTables[i];
    const sym = symPrev[i] === 1;
    if (!(sym && chosen[i - 1] < 0)) {
      const start = Math.max(sym ? chosen[i - 1] + 1 : 0, firstFree[i * n + i]);
      for (let p = start; p < t.count && !aborted; p++) {
        if (!fits(t, p)) continue;
        const gain = t.value[p] + near.gain(i, t, p);
        for (let w = 0; w < W; w++) used[w] |= t.booths[p * W + w];
        chosen[i] = p;
        dfs(i + 1, cur + gain);
        chosen[i] = -1;
        for (let w = 0; w < W; w++) used[w] &= ~t.booths[p * W + w];
      }
    }
    dfs(i + 1, cur);
  };
  const base = scorePlacements(model, model.pinned);
  const rootBound = base + bound(0, base);
  dfs(0, base);

  const optimal = !aborted;
  const upperBound = optimal ? best : Math.max(best, rootBound);
  if (!bestChosen) return { optimal, score: best, nodes, upperBound };
  const placements: (Int32Array | null)[] = model.pinned.map((p) => (p ? p.slice() : null));
  const bc: Int32Array = bestChosen;
  order.forEach((r, i) => {
    if (bc[i] >= 0) placements[r] = posTables[i].lists[bc[i]].slice();
  });
  return { optimal, score: scorePlacements(model, placements), placements, nodes, upperBound };
}
