import type { EngineContext } from './context';
import { nearGroups, tryGroup } from './group-move';
import { maxContribution, tryEject, tryInsert, tryRelocate, type EjectLimits } from './moves';
import { EPS } from './placement-search';

export interface ImproveOptions {
  maxRounds: number;
  eject: EjectLimits;
}

/**
 * Local search to a local optimum (or until the effort budget runs out), one priority level
 * at a time, heaviest first: every request of the level tries to get in (insert, then eject
 * others) or to do better (relocate, then eject); then near-groups with a member of the
 * level try to regroup. Repeats while anything improved, then moves to the next level.
 */
export function improve(ctx: EngineContext, opts: ImproveOptions): void {
  const { state, effort, order, model } = ctx;
  const groups = nearGroups(ctx, 12);
  // Zone versions when r last failed to improve: no change there since, no retry.
  const failedAt = new Float64Array(model.nR).fill(-1);
  // Heaviest requests first, to a local optimum, before lighter ones get the budget.
  for (let lo = 0; lo < order.length && !effort.exhausted;) {
    let hi = lo;
    while (hi < order.length && model.weight[order[hi]] === model.weight[order[lo]]) hi++;
    const level = order.subarray(lo, hi);
    const levelGroups = groups.filter((g) =>
      g.some((r) => model.weight[r] === model.weight[order[lo]]),
    );
    for (let round = 0; round < opts.maxRounds && !effort.exhausted; round++) {
      let changed = false;
      for (let i = 0; i < level.length && !effort.exhausted; i++) {
        const r = level[i];
        const version = state.versionFor(r);
        if (failedAt[r] === version) continue;
        let moved = false;
        if (!state.place[r]) {
          moved = tryInsert(ctx, r) || tryEject(ctx, r, opts.eject);
        } else if (state.contribution(r) < maxContribution(ctx, r) - EPS) {
          moved = tryRelocate(ctx, r) || tryEject(ctx, r, opts.eject);
        }
        failedAt[r] = moved ? -1 : version;
        changed = changed || moved;
        state.commit();
      }
      for (const g of levelGroups) {
        if (effort.exhausted) break;
        changed = tryGroup(ctx, g) || changed;
        state.commit();
      }
      if (!changed) break;
    }
    lo = hi;
  }
}
