import type { EngineContext } from './context';
import { nearGroups, tryGroup } from './group-move';
import { maxContribution, tryEject, tryInsert, tryRelocate, type EjectLimits } from './moves';
import { EPS } from './placement-search';

export interface ImproveOptions {
  maxRounds: number;
  eject: EjectLimits;
}

/**
 * Local search to a local optimum (or until the effort budget runs out): every request, most
 * valuable first, tries to get in (insert, then eject others) or to do better (relocate,
 * then eject); then every near-group tries to regroup. Repeats while anything improved.
 */
export function improve(ctx: EngineContext, opts: ImproveOptions): void {
  const { state, effort, order } = ctx;
  const groups = nearGroups(ctx, 12);
  for (let round = 0; round < opts.maxRounds && !effort.exhausted; round++) {
    let changed = false;
    for (let i = 0; i < order.length && !effort.exhausted; i++) {
      const r = order[i];
      if (!state.place[r]) {
        changed = tryInsert(ctx, r) || tryEject(ctx, r, opts.eject) || changed;
      } else if (state.contribution(r) < maxContribution(ctx, r) - EPS) {
        changed = tryRelocate(ctx, r) || tryEject(ctx, r, opts.eject) || changed;
      }
      state.commit();
    }
    for (const g of groups) {
      if (effort.exhausted) break;
      changed = tryGroup(ctx, g) || changed;
      state.commit();
    }
    if (!changed) break;
  }
}
