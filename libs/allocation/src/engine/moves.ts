import type { EngineContext } from './context';
import { EPS, type EvictCandidate } from './placement-search';

/**
 * Local moves. Each either improves the score and returns true, or leaves the state exactly
 * as it found it and returns false. They leave entries in the undo log; the caller commits.
 */

/** An unassigned request takes the best free block, if there is one. */
export function tryInsert(ctx: EngineContext, r: number): boolean {
  if (ctx.state.place[r] || ctx.model.pinned[r] || ctx.reach[r] === 0) return false;
  const c = ctx.search.bestFree(r);
  if (!c) return false;
  ctx.state.assign(r, c.booths);
  return true;
}

/** An assigned request moves to a free block (its own booths count as free) worth more. */
export function tryRelocate(ctx: EngineContext, r: number): boolean {
  const { state, search, model } = ctx;
  if (!state.place[r] || model.pinned[r]) return false;
  const before = state.score;
  const mark = state.mark();
  state.unassign(r);
  const c = search.bestFree(r);
  if (c) state.assign(r, c.booths);
  if (state.score > before + EPS) return true;
  state.rollback(mark);
  return false;
}

/** Highest value r could have anywhere, near bonuses aside. */
export function maxValue(ctx: EngineContext, r: number): number {
  const m = ctx.model;
  let zb = 0;
  for (const z of m.zoneOrder[r]) zb = Math.max(zb, m.zoneBonus[r * m.nZ + z]);
  const corner = m.wantsCorner[r] ? m.weights.corner : 0;
  return m.weight[r] * (m.weights.base + zb + corner);
}

/** Highest value r could have anywhere, near bonuses included. */
export function maxContribution(ctx: EngineContext, r: number): number {
  const m = ctx.model;
  return maxValue(ctx, r) + m.weights.near * (m.nearStart[r + 1] - m.nearStart[r]);
}

export interface EjectLimits {
  /** Blocks tried per level of the chain, top level first (its length is the chain depth). */
  candidates: number[];
  maxEvicted: number;
}

/**
 * r takes a block partly held by others; they are re-placed where they fit best, and the
 * booths left over are offered to unassigned requests. Kept if the total score rises.
 * Covers swaps (r assigned: the evicted one may take r's old booths) and "one out, several
 * in" (a large low-value request gives way to several small ones).
 */
export function tryEject(ctx: EngineContext, r: number, limits: EjectLimits, depth = 0): boolean {
  const { state, search, model } = ctx;
  if (model.pinned[r] || ctx.reach[r] === 0 || depth >= limits.candidates.length) return false;
  const before = state.score;
  const mark = state.mark();
  const old = state.place[r];
  if (old) state.unassign(r);
  const k = limits.candidates[depth];
  const cands = search.evictCandidates(r, k, limits.maxEvicted, -Infinity);
  ctx.locked[r] = 1;
  const kept = tryCandidates(ctx, r, cands, old, before, limits, depth);
  ctx.locked[r] = 0;
  if (kept) return true;
  state.rollback(mark);
  return false;
}

/** Evicted requests that find no free block try an ejection chain of their own. */
function tryCandidates(
  ctx: EngineContext,
  r: number,
  cands: EvictCandidate[],
  old: Int32Array | null,
  before: number,
  limits: EjectLimits,
  depth: number,
): boolean {
  const { state, search, model } = ctx;
  for (const c of cands) {
    const m1 = state.mark();
    const freed: number[] = old ? Array.from(old) : [];
    for (const e of c.evicted) {
      for (const b of state.place[e]!) if (!c.booths.includes(b)) freed.push(b);
      state.unassign(e);
    }
    state.assign(r, c.booths);
    // The least flexible first; once back, they stay put for the rest of this chain.
    const evicted = [...c.evicted].sort(
      (a, b) => model.weight[b] - model.weight[a] || ctx.reach[a] - ctx.reach[b] || a - b,
    );
    const locked: number[] = [];
    for (const e of evicted) {
      const p = search.bestFree(e);
      if (p) state.assign(e, p.booths);
      else tryEject(ctx, e, limits, depth + 1);
      if (state.place[e] && !ctx.locked[e]) {
        ctx.locked[e] = 1;
        locked.push(e);
      }
    }
    fill(ctx, freed);
    for (const e of locked) ctx.locked[e] = 0;
    if (state.score > before + EPS) return true;
    state.rollback(m1);
  }
  return false;
}

/** Offers booths that became free to unassigned requests, most valuable (then smallest) first. */
export function fill(ctx: EngineContext, freed: number[], maxTries = 12): void {
  const { state, search, model } = ctx;
  const { nT, boothType, typeOk } = model;
  let tries = 0;
  const zones = [...new Set(freed.map((b) => model.boothZone[b]))];
  for (const z of zones) {
    let free = freed.filter((b) => model.boothZone[b] === z && state.owner[b] < 0);
    const list = ctx.zoneFill[z];
    for (let i = 0; i < list.length && tries < maxTries && free.length > 0; i++) {
      const r = list[i];
      if (state.place[r] || ctx.reach[r] === 0) continue;
      let fits = false;
      for (const b of free) if (typeOk[r * nT + boothType[b]] === 1) fits = true;
      if (!fits) continue;
      tries++;
      const c = search.bestFree(r, { anchors: free });
      if (c) {
        state.assign(r, c.booths);
        free = free.filter((b) => state.owner[b] < 0);
      }
    }
  }
}
