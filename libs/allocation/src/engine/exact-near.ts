import type { ExactBound } from './exact-bound';
import type { ExactPlan } from './exact-plan';
import { aroundOf, maskOf, type PlacementTable } from './exact-placements';
import type { Model } from './model';

/**
 * Near bonuses inside the exact search: what a placement earns now (partners already
 * standing), and what undecided pairs may still earn, for the bounds.
 */
export class ExactNear {
  private readonly fixedMask: (Uint32Array | null)[];
  private readonly aroundCache = new Map<number, Uint32Array>();

  constructor(
    private readonly model: Model,
    private readonly plan: ExactPlan,
    private readonly tables: (PlacementTable | null)[],
    private readonly chosen: Int32Array,
    private readonly values: ExactBound,
    private readonly W: number,
  ) {
    this.fixedMask = model.pinned.map((p) => (p ? maskOf(model, p) : null));
  }

  /** Placement p of table t touches request `other` where it stands (pinned or chosen). */
  touches(t: PlacementTable, p: number, other: number): boolean {
    const { W } = this;
    const o = this.plan.pos[other];
    let m: Uint32Array;
    let off = 0;
    if (o < 0) m = this.fixedMask[other]!;
    else {
      if (this.chosen[o] < 0) return false;
      m = this.tables[other]!.booths;
      off = this.chosen[o] * W;
    }
    for (let w = 0; w < W; w++) if (t.around[p * W + w] & m[off + w]) return true;
    return false;
  }

  /** Bonus for placing position i at p, from partners decided before it. */
  gain(i: number, t: PlacementTable, p: number): number {
    let n = 0;
    for (const s of this.plan.earlier[i]) if (this.touches(t, p, s)) n++;
    return n * this.model.weights.near;
  }

  /**
   * Upper bound on bonuses of pairs not yet decided at position i: a pair counts if the
   * later one's free booths reach around the earlier one (its block, or its free booths).
   * Needs `values` filled for position i.
   */
  bound(i: number): number {
    const { W, values, chosen, plan } = this;
    let total = 0;
    for (const [a, b] of plan.pairs) {
      if (b < i || !values.placeable[b]) continue;
      let from: Uint32Array;
      let off = 0;
      if (a >= 0 && a < i) {
        if (chosen[a] < 0) continue;
        from = this.aroundStanding(plan.order[a]);
      } else if (a < 0) {
        from = this.aroundStanding(-1 - a);
      } else {
        if (!values.placeable[a]) continue;
        from = values.around;
        off = a * W;
      }
      for (let w = 0; w < W; w++) {
        if (from[off + w] & values.reachable[b * W + w]) {
          total += this.model.weights.near;
          break;
        }
      }
    }
    return total;
  }

  /**
   * Bonus placement p of position j (≥ i) can still earn: in full from a partner standing
   * next to it, half from an undecided partner that could still come next to it.
   */
  extra(i: number): (j: number, p: number) => number {
    const { model, plan, values, W } = this;
    return (j, p) => {
      const r = plan.order[j];
      const t = this.tables[r]!;
      let extra = 0;
      for (let e = model.nearStart[r]; e < model.nearStart[r + 1]; e++) {
        const s = model.nearList[e];
        const o = plan.pos[s];
        if (o >= i) {
          if (!values.placeable[o]) continue;
          for (let w = 0; w < W; w++) {
            if (t.around[p * W + w] & values.reachable[o * W + w]) {
              extra += model.weights.near / 2;
              break;
            }
          }
        } else if (o >= 0 || model.pinned[s]) {
          if (this.touches(t, p, s)) extra += model.weights.near;
        }
      }
      return extra;
    };
  }

  private aroundStanding(other: number): Uint32Array {
    const o = this.plan.pos[other];
    const key = o < 0 ? -1 - other : o * 1_000_000 + this.chosen[o];
    let m = this.aroundCache.get(key);
    if (!m) {
      const { W } = this;
      m =
        o < 0
          ? aroundOf(this.model, this.model.pinned[other]!)
          : this.tables[other]!.around.slice(this.chosen[o] * W, this.chosen[o] * W + W);
      this.aroundCache.set(key, m);
    }
    return m;
  }
}
