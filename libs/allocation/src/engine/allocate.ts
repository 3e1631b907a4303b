import { construct } from './construct';
import { createContext } from './context';
import { solveExact } from './exact-solver';
import { explainAssignment, explainUnassigned } from './explain';
import { improve } from './improve';
import type { AllocationInstance, AllocationResult, Assignment, Unassigned } from './instance.types';
import { buildModel, type Model } from './model';
import { tryInsert } from './moves';
import { scoreAssignments } from './score';
import { validateInstance } from './validate-instance';

export interface AllocateOptions {
  /** Multiplies the deterministic work budget of the local search (default 1). */
  effort?: number;
  /**
   * Exact search for small instances: false to never run it, or the node limit (default
   * 200,000). When it finishes within the limit the result is optimal.
   */
  exact?: false | { nodeLimit: number };
  /** Add an `explanation` to each assignment (default true). */
  explain?: boolean;
}

/** Instances up to this many requests are also searched exactly (within the node limit). */
const EXACT_MAX_REQUESTS = 40;
const EXACT_MAX_BOOTHS = 96;

/**
 * The allocation engine: validates the instance (throwing `InvalidInstanceError`), builds a
 * greedy allocation, improves it by local search within a fixed work budget, and for small
 * instances runs the exact solver too. Deterministic: the same instance gives the same result.
 */
export function allocate(instance: AllocationInstance | unknown, options: AllocateOptions = {}): AllocationResult {
  const started = performance.now();
  const model = buildModel(validateInstance(instance));
  const placements = solve(model, options);
  const assignments: Assignment[] = [];
  const unassigned: Unassigned[] = [];
  const explain = options.explain ?? true;
  for (let r = 0; r < model.nR; r++) {
    const req = model.instance.requests[r];
    const p = placements[r];
    if (p) {
      const booths = req.pinned.length > 0 ? [...req.pinned] : Array.from(p).sort((a, b) => a - b).map((b) => model.instance.booths[b].id);
      const a: Assignment = { request: req.id, booths };
      if (explain) a.explanation = explainAssignment(model, placements, r);
      assignments.push(a);
    } else {
      unassigned.push({ request: req.id, reason: explainUnassigned(model, placements, r) });
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
  const budget = Math.round((options.effort ?? 1) * (20_000 + 2_000 * model.nR));
  const ctx = createContext(model, budget);
  construct(ctx);
  improve(ctx, { maxRounds: 50, eject: { candidates: [6, 3, 2], maxEvicted: 3 } });
  let placements: (Int32Array | null)[] = ctx.state.place.map((p) => (p ? p.slice() : null));
  if (options.exact !== false && model.nR <= EXACT_MAX_REQUESTS && model.nB <= EXACT_MAX_BOOTHS) {
    const exact = solveExact(model, {
      nodeLimit: options.exact?.nodeLimit ?? 200_000,
      lowerBound: ctx.state.score,
    });
    if (exact.placements) placements = exact.placements;
  }
  // Nobody stays out while a block is free for them (values are never negative).
  const final = createContext(model, Number.MAX_SAFE_INTEGER);
  placements.forEach((p, r) => p && final.state.assign(r, p));
  for (const r of final.order) tryInsert(final, r);
  return final.state.place.map((p) => (p ? p.slice() : null));
}
