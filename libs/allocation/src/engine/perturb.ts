import type { EngineContext } from './context';
import { maxContribution, tryEject, type EjectLimits } from './moves';
import { EPS } from './placement-search';
import type { Prng } from './prng';

export interface PerturbOptions {
  rng: Prng;
  maxIterations: number;
  eject: EjectLimits;
  /** Unassigned requests offered the ruined area besides those evicted from it. */
  newcomers: number;
  /** Stop once the score reaches this. */
  upperBound: number;
  /** Stop after this many iterations in a row without a better score. */
  patience: number;
}

/**
 * Ruin and recreate, after the local search has converged: clear a small connected patch of
 * one zone (every other time where a request not yet at its best would like to be, and that
 * request with it), put its requests and a few unassigned ones back in a shuffled order
 * (heaviest first), repair with ejection chains, and keep the result unless the score dropped. Equal
 * scores are kept, so the search can drift along plateaus. Stops at the upper bound, or when
 * `patience` iterations in a row found nothing better. Seeded, hence deterministic.
 */
export function perturb(ctx: EngineContext, opts: PerturbOptions): void {
  const { model, state, search, effort } = ctx;
  const { rng } = opts;
  const movable: number[] = [];
  for (let b = 0; b < model.nB; b++) if (model.pinnedOwner[b] < 0) movable.push(b);
  if (movable.length === 0) return;
  const inPatch = new Int32Array(model.nB);
  let bestScore = state.score;
  let since = 0;
  for (let it = 1; it <= opts.maxIterations && !effort.exhausted; it++) {
    if (state.score >= opts.upperBound - EPS || since++ >= opts.patience) return;
    if (state.score > bestScore + EPS) {
      bestScore = state.score;
      since = 0;
    }
    const before = state.score;
    const mark = state.mark();
    const target = it % 2 === 0 ? pickTarget(ctx, rng) : -1;
    const start = target >= 0 ? wishedBooth(ctx, target, rng) : -1;
    const patch = grow(ctx, start >= 0 ? start : rng.pick(movable), rng.int(2, 10), inPatch, it);
    const removed: number[] = start >= 0 ? [target] : [];
    for (const b of patch) {
      const o = state.owner[b];
      if (o >= 0 && !model.pinned[o] && !removed.includes(o)) removed.push(o);
    }
    for (const o of removed) state.unassign(o);
    const zone = model.boothZone[patch[0]];
    const cands = [...removed];
    const list = ctx.zoneFill[zone];
    for (let i = 0, n = 0; i < list.length && n < opts.newcomers; i++) {
      const r = list[i];
      if (!state.place[r] && ctx.reach[r] > 0 && !cands.includes(r)) {
        cands.push(r);
        n++;
      }
    }
    const key = new Map(cands.map((r) => [r, rng.next()]));
    cands.sort((a, b) => model.weight[b] - model.weight[a] || key.get(a)! - key.get(b)!);
    for (const r of cands) {
      const c = search.bestFree(r);
      if (c) state.assign(r, c.booths);
    }
    for (const r of cands) if (!state.place[r]) tryEject(ctx, r, opts.eject);
    if (state.score < before - EPS) state.rollback(mark);
    state.commit();
  }
}

/** A request not yet as well off as it could be (a few random tries), or −1. */
function pickTarget(ctx: EngineContext, rng: Prng): number {
  for (let tries = 0; tries < 8; tries++) {
    const r = rng.int(0, ctx.model.nR - 1);
    if (ctx.model.pinned[r] || ctx.reach[r] === 0) continue;
    if (ctx.state.contribution(r) < maxContribution(ctx, r) - EPS) return r;
  }
  return -1;
}

/** A booth of a type r accepts in one of r's best zones, or −1. */
function wishedBooth(ctx: EngineContext, r: number, rng: Prng): number {
  const m = ctx.model;
  const zones = m.zoneOrder[r];
  const top = m.zoneBonus[r * m.nZ + zones[0]];
  const best = Array.from(zones).filter((z) => m.zoneBonus[r * m.nZ + z] === top);
  const booths = Array.from(m.zoneBooths[rng.pick(best)]).filter(
    (b) => m.pinnedOwner[b] < 0 && m.typeOk[r * m.nT + m.boothType[b]] === 1,
  );
  return booths.length > 0 ? rng.pick(booths) : -1;
}

/** A connected patch of up to `size` booths of the start booth's zone, pins excluded. */
function grow(
  ctx: EngineContext,
  start: number,
  size: number,
  mark: Int32Array,
  stamp: number,
): number[] {
  const m = ctx.model;
  const patch = [start];
  mark[start] = stamp;
  for (let i = 0; i < patch.length && patch.length < size; i++) {
    const b = patch[i];
    for (let e = m.adjStart[b]; e < m.adjStart[b + 1] && patch.length < size; e++) {
      const n = m.adjList[e];
      if (mark[n] !== stamp && m.boothZone[n] === m.boothZone[start] && m.pinnedOwner[n] < 0) {
        mark[n] = stamp;
        patch.push(n);
      }
    }
  }
  return patch;
}
