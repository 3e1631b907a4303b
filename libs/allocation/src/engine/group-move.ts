import type { EngineContext } from './context';
import { fill } from './moves';
import { EPS } from './placement-search';

/** Near-groups (connected components of the near relation) with two or more movable members. */
export function nearGroups(ctx: EngineContext, maxSize: number): number[][] {
  const m = ctx.model;
  const comp = new Int32Array(m.nR).fill(-1);
  const groups: number[][] = [];
  for (let r = 0; r < m.nR; r++) {
    if (comp[r] >= 0 || m.nearStart[r + 1] === m.nearStart[r]) continue;
    const members = [r];
    comp[r] = groups.length;
    for (let i = 0; i < members.length; i++) {
      const x = members[i];
      for (let e = m.nearStart[x]; e < m.nearStart[x + 1]; e++) {
        const y = m.nearList[e];
        if (comp[y] < 0) {
          comp[y] = groups.length;
          members.push(y);
        }
      }
    }
    groups.push(members);
  }
  return groups
    .map((g) => g.filter((r) => !m.pinned[r] && ctx.reach[r] > 0).sort((a, b) => a - b))
    .filter((g) => g.length >= 2 && g.length <= maxSize);
}

/** Near pairs within the group that do not stand together. */
function unmetPairs(ctx: EngineContext, group: number[]): number {
  const { model, state } = ctx;
  let unmet = 0;
  for (const r of group) {
    const p = state.place[r];
    for (let e = model.nearStart[r]; e < model.nearStart[r + 1]; e++) {
      const s = model.nearList[e];
      if (s > r && !(p && state.place[s] && state.nearTouches(r, p) > 0)) unmet++;
    }
  }
  return unmet;
}

function isNear(model: EngineContext['model'], r: number, s: number): boolean {
  for (let e = model.nearStart[r]; e < model.nearStart[r + 1]; e++)
    if (model.nearList[e] === s) return true;
  return false;
}

/**
 * Lifts a whole near-group and puts it back member by member, each where it fits best with
 * room around it for its partners still to come, next to those already back when that pays. Kept if better.
 */
export function tryGroup(ctx: EngineContext, group: number[]): boolean {
  const { state, search, model } = ctx;
  if (unmetPairs(ctx, group) === 0) return false;
  const before = state.score;
  const mark = state.mark();
  const freed: number[] = [];
  for (const r of group) {
    const p = state.place[r];
    if (p) freed.push(...p);
    state.unassign(r);
  }
  const order = [...group].sort(
    (a, b) => model.weight[b] - model.weight[a] || model.size[b] - model.size[a] || a - b,
  );
  for (let i = 0; i < order.length; i++) {
    const r = order[i];
    const awaiting = order.slice(i + 1).filter((s) => isNear(model, r, s));
    const c = search.bestFree(r, { awaiting });
    if (c) state.assign(r, c.booths);
  }
  fill(ctx, freed);
  if (state.score > before + EPS) return true;
  state.rollback(mark);
  return false;
}
