import type { EngineContext } from './context';

/**
 * Greedy construction: pinned requests where pinned, then the others most valuable first
 * (then larger, then harder to place), each on its best free block. A request whose near
 * partners are still to come prefers a block with room around it that they could use.
 */
export function construct(ctx: EngineContext): void {
  const { model, state, search, order } = ctx;
  for (let r = 0; r < model.nR; r++) {
    const p = model.pinned[r];
    if (p) state.assign(r, p);
  }
  const pos = new Int32Array(model.nR);
  order.forEach((r, i) => (pos[r] = i));
  for (let i = 0; i < order.length; i++) {
    const r = order[i];
    if (model.pinned[r] || ctx.reach[r] === 0) continue;
    const awaiting: number[] = [];
    for (let e = model.nearStart[r]; e < model.nearStart[r + 1]; e++) {
      const s = model.nearList[e];
      if (pos[s] > i && !model.pinned[s] && ctx.reach[s] > 0) awaiting.push(s);
    }
    const c = search.bestFree(r, { awaiting });
    if (c) state.assign(r, c.booths);
  }
  state.commit();
}
