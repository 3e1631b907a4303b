import { construct } from './construct';
import { createContext, type EngineContext } from './context';
import { solveExact } from './exact-solver';
import { explainAssignment, explainCache, explainUnassigned } from './explain';
import { improve } from './improve';
import { perturb } from './perturb';
import { Prng } from './prng';
import type {
  AllocationInstance,
  AllocationResult,
  Assignment,
  Unassigned,
} from './instance.types';
import { buildModel, type Model } from './model';
import { maxValue, tryInsert } from './moves';
import { EPS } from './placement-search';
import { placementValue, scoreAssignments } from './score';
import { validateInstance } from './validate-instance';

export interface AllocateOptions {
  /** Multiplies the deterministic work budget of the local search (default 1). */
  effort?: number;
  /**
   * Exact search for small instances (≤ 40 requests, ≤ 96 booths): false to skip it, or its
   * node limit (default: a work limit of a few tenths of a second). When it finishes in time
   * the result is optimal.
   */
  exact?: false | { nodeLimit: number };
  /** Add an `explanation` to each assignment (default true). */
  explain?: boolean;
}

/** Instances this small are also searched exactly (within the work limit). */
const EXACT_MAX_REQUESTS = 40;
const EXACT_MAX_BOOTHS = 96;
/** Nodes × placements for the exact stage: a few tenths of a second. */
const DEFAULT_WORK_LIMIT = 10_000_000;

/**
 * The allocation engine: validates the instance (throwing `InvalidInstanceError`), builds a
 * greedy allocation, improves it by local search within a fixed work budget, and for small
 * instances runs the exact solver too. Deterministic: the same instance gives the same result.
 */
export function allocate(
  instance: AllocationInstance | unknown,
  options: AllocateOptions = {},
): AllocationResult {
  const started = performance.now();
  const model = buildModel(validateInstance(instance));
  const placements = solve(model, options);
  const assignments: Assignment[] = [];
  const unassigned: Unassigned[] = [];
  const explain = options.explain ?? true;
  const cache = explainCache(model, placements);
  for (let r = 0; r < model.nR; r++) {
    const req = model.instance.requests[r];
    const p = placements[r];
    if (p) {
      const booths =
        req.pinned.length > 0
          ? [...req.pinned]
          : Array.from(p)
              .sort((a, b) => a - b)
              .map((b) => model.instance.booths[b].id);
      const a: Assignment = { request: req.id, booths };
      if (explain) a.explanation = explainAssignment(model, placements, r);
      assignments.push(a);
    } else {
      const { reason, code, params } = explainUnassigned(model, placements, r, cache);
      unassigned.push({ request: req.id, reason, code, params });
    }
  }
  return {
    assignments,
    unassigned,
    score: scoreAssignments(model, assignments),
    stats: {
      millis: Math.round(performance.now() - started),
      requests: model.nR,
      booths: model.nB,
    },
  };
}

/** Final booths per request index (null = unassigned). */
export function solve(model: Model, options: AllocateOptions = {}): (Int32Array | null)[] {
  const budget = Math.round((options.effort ?? 1) * (200_000 + 1_000 * model.nR));
  const ctx = createContext(model, budget);
  construct(ctx);
  improve(ctx, { maxRounds: 50, eject: { candidates: [6, 3, 2], maxEvicted: 3 } });
  let proven = ctx.state.score >= upperBound(ctx) - EPS;
  if (
    !proven &&
    options.exact !== false &&
    model.nR <= EXACT_MAX_REQUESTS &&
    model.nB <= EXACT_MAX_BOOTHS
  ) {
    const exact = solveExact(model, {
      ...(options.exact
        ? { nodeLimit: options.exact.nodeLimit }
        : { workLimit: DEFAULT_WORK_LIMIT }),
      lowerBound: ctx.state.score,
    });
    if (exact.placements) {
      for (let r = 0; r < model.nR; r++) ctx.state.unassign(r);
      exact.placements.forEach((p, r) => p && ctx.state.assign(r, p));
    }
    proven = exact.optimal;
  }
  if (!proven) {
    perturb(ctx, {
      rng: new Prng(0x5eed + model.nR * 31 + model.nB),
      maxIterations: 30 * model.nR + 50,
      patience: 8 * model.nR + 40,
      eject: { candidates: [3, 2], maxEvicted: 3 },
      newcomers: 4,
      upperBound: upperBound(ctx),
    });
  }
  // Nobody stays out while a block is free for them (values are never negative).
  for (const r of ctx.order) tryInsert(ctx, r);
  ctx.state.commit();
  return ctx.state.place.map((p) => (p ? p.slice() : null));
}

/** Every request at its best, every near-wish met: nothing can score more. */
function upperBound(ctx: EngineContext): number {
  const m = ctx.model;
  let total = (m.weights.near * m.nearList.length) / 2;
  for (let r = 0; r < m.nR; r++) {
    const pinned = m.pinned[r];
    if (pinned) total += placementValue(m, r, pinned);
    else if (ctx.reach[r] > 0) total += maxValue(ctx, r);
  }
  return total;
}
