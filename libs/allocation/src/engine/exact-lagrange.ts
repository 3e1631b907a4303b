import type { PlacementTable } from './exact-placements';

/**
 * A second upper bound for the exact solver: the Lagrangian relaxation of "each booth at most
 * once". With a price λ_b ≥ 0 on every free booth,
 *   L(λ) = Σ_free λ_b + Σ_j max(0, max over j's free placements P of v_P − λ(P))
 * bounds what the undecided requests can add, for any λ (an allocation pays λ(P) at most
 * once per booth). Its minimum over λ equals the LP bound of the set-packing model, which
 * knows each placement is one connected block. Near bonuses are folded into placement
 * values: in full for a partner already placed and touching, half for an undecided partner
 * that could still come next to it (a pair is then paid half by each side). The prices are improved by a few subgradient
 * steps per node, starting from where the previous node left them.
 */
export class LagrangianBound {
  private readonly lambda: Float64Array;
  private readonly cover: Int32Array;
  private readonly cand: Int32Array;
  private readonly candValue: Float64Array;
  private readonly candStart: Int32Array;
  private readonly arg: Int32Array;
  private readonly flat: Int32Array[];

  constructor(
    private readonly n: number,
    private readonly W: number,
    private readonly nB: number,
    private readonly tables: PlacementTable[],
    private readonly sizes: Int32Array,
  ) {
    this.lambda = new Float64Array(nB);
    this.cover = new Int32Array(nB);
    let total = 0;
    for (const t of tables) total += t.count;
    this.cand = new Int32Array(total);
    this.candValue = new Float64Array(total);
    this.candStart = new Int32Array(n + 1);
    this.arg = new Int32Array(n);
    this.flat = tables.map((t, j) => {
      const s = sizes[j];
      const f = new Int32Array(t.count * s);
      t.lists.forEach((l, p) => f.set(l, p * s));
      return f;
    });
  }

  /**
   * Best bound found in `iterations` subgradient steps for positions i..n−1, stopping early
   * once it drops to `target` or below (the node is then pruned anyway). `extra(j, p)` adds
   * to placement p of j what it can earn besides its value (near bonuses).
   */
  bound(
    i: number,
    used: Uint32Array,
    start: Int32Array,
    iterations: number,
    target: number,
    extra: (j: number, p: number) => number,
  ): number {
    const { W, tables, lambda, cover, cand, candValue, candStart, arg, flat, sizes } = this;
    // Free placements per undecided request.
    let k = 0;
    for (let j = i; j < this.n; j++) {
      candStart[j] = k;
      const t = tables[j];
      for (let p = start[j]; p < t.count; p++) {
        let fits = true;
        for (let w = 0; w < W; w++) {
          if (t.booths[p * W + w] & used[w]) {
            fits = false;
            break;
          }
        }
        if (fits) {
          cand[k] = p;
          candValue[k++] = t.value[p] + extra(j, p);
        }
      }
    }
    candStart[this.n] = k;
    let bestL = Infinity;
    let theta = 1;
    for (let it = 0; it < iterations; it++) {
      let L = 0;
      for (let b = 0; b < this.nB; b++) if (!(used[b >>> 5] & (1 << (b & 31)))) L += lambda[b];
      cover.fill(0);
      for (let j = i; j < this.n; j++) {
        const s = sizes[j];
        const f = flat[j];
        let best = 0;
        let a = -1;
        for (let c = candStart[j]; c < candStart[j + 1]; c++) {
          const p = cand[c];
          let red = candValue[c];
          for (let x = p * s; x < p * s + s; x++) red -= lambda[f[x]];
          if (red > best) {
            best = red;
            a = p;
          }
        }
        arg[j] = a;
        L += best;
        if (a >= 0) for (let x = a * s; x < a * s + s; x++) cover[f[x]]++;
      }
      if (L < bestL) bestL = L;
      if (bestL <= target) break;
      // Subgradient of L at λ: 1 − cover_b on free booths.
      let norm = 0;
      for (let b = 0; b < this.nB; b++) {
        if (used[b >>> 5] & (1 << (b & 31))) continue;
        const g = 1 - cover[b];
        if (g < 0 || lambda[b] > 0) norm += g * g;
      }
      if (norm === 0) break;
      const step = (theta * Math.max(L - target, 1e-6)) / norm;
      for (let b = 0; b < this.nB; b++) {
        if (used[b >>> 5] & (1 << (b & 31))) continue;
        const v = lambda[b] - step * (1 - cover[b]);
        lambda[b] = v > 0 ? v : 0;
      }
      if (it % 5 === 4) theta *= 0.7;
    }
    return bestL;
  }
}
