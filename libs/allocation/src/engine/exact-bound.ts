import type { PlacementTable } from './exact-placements';

/**
 * The exact solver's upper bound on what undecided requests can still add, in two parts.
 *
 * Values: each undecided request j is worth at most v_j (its best still-free placement) and
 * needs s_j booths out of R_j (the booths of its still-free placements), no booth shared.
 * Relaxing "one connected block" to "any s_j booths of R_j" gives a bipartite b-matching whose
 * every unit of j weighs v_j / s_j; weights are uniform per request, so the greedy over units
 * by weight, keeping the matched set matchable (augmenting paths), is optimal (transversal
 * matroid) and the LP is integral. A partly matched request counts pro rata.
 *
 * Near: each near pair not yet decided counts `near` if it can still meet: the partner's free
 * booths touch the booths around the other one's free placements (or its chosen block).
 */
export class ExactBound {
  readonly reachable: Uint32Array;
  readonly around: Uint32Array;
  readonly bestValue: Float64Array;
  /** placeable[j]: position j still has a free placement (its value may well be 0). */
  readonly placeable: Uint8Array;
  private readonly match: Int32Array;
  private readonly visited: Int32Array;
  private stamp = 0;
  private readonly order: number[] = [];

  constructor(
    private readonly n: number,
    private readonly W: number,
    nB: number,
    private readonly tables: PlacementTable[],
    private readonly sizes: Int32Array,
  ) {
    this.reachable = new Uint32Array(n * W);
    this.around = new Uint32Array(n * W);
    this.bestValue = new Float64Array(n);
    this.placeable = new Uint8Array(n);
    this.match = new Int32Array(nB);
    this.visited = new Int32Array(nB);
  }

  /**
   * Fills reachable/around/bestValue for positions i..n−1 given the used booths, scanning
   * each table from `start[j]` (earlier placements are known not to fit), and returns the
   * value part of the bound. `start` is updated to the first fitting placement.
   */
  values(i: number, used: Uint32Array, start: Int32Array): number {
    const { W, tables, reachable, around } = this;
    const order = this.order;
    order.length = 0;
    for (let j = i; j < this.n; j++) {
      const t = tables[j];
      reachable.fill(0, j * W, j * W + W);
      around.fill(0, j * W, j * W + W);
      let first = -1;
      for (let p = start[j]; p < t.count; p++) {
        let fits = true;
        for (let w = 0; w < W; w++) {
          if (t.booths[p * W + w] & used[w]) {
            fits = false;
            break;
          }
        }
        if (!fits) continue;
        if (first < 0) first = p;
        for (let w = 0; w < W; w++) {
          reachable[j * W + w] |= t.booths[p * W + w];
          around[j * W + w] |= t.around[p * W + w];
        }
      }
      start[j] = first < 0 ? t.count : first;
      this.bestValue[j] = first < 0 ? 0 : t.value[first];
      this.placeable[j] = first < 0 ? 0 : 1;
      if (first >= 0) order.push(j);
    }
    const dens = (j: number) => this.bestValue[j] / this.sizes[j];
    order.sort((a, b) => dens(b) - dens(a) || a - b);
    this.match.fill(-1);
    let ub = 0;
    for (const j of order) {
      const s = this.sizes[j];
      let units = 0;
      while (units < s) {
        this.stamp++;
        if (!this.augment(j)) break;
        units++;
      }
      ub += (this.bestValue[j] * units) / s;
    }
    return ub;
  }

  private augment(j: number): boolean {
    const { W, reachable, match, visited } = this;
    for (let w = 0; w < W; w++) {
      let bits = reachable[j * W + w];
      while (bits !== 0) {
        const low = bits & -bits;
        const b = (w << 5) + (31 - Math.clz32(low));
        bits ^= low;
        if (visited[b] === this.stamp) continue;
        visited[b] = this.stamp;
        if (match[b] < 0 || this.augment(match[b])) {
          match[b] = j;
          return true;
        }
      }
    }
    return false;
  }
}
