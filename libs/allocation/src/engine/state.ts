import type { Model } from './model';
import { placementValue } from './score';

/**
 * A mutable allocation with its score kept up to date, and an undo log so a compound move can
 * be tried and rolled back: `const m = state.mark(); ...; state.rollback(m)`.
 */
export class AllocationState {
  readonly owner: Int32Array;
  readonly place: (Int32Array | null)[];
  readonly value: Float64Array;
  score = 0;
  assignedCount = 0;
  private readonly logR: number[] = [];
  private readonly logP: (Int32Array | null)[] = [];
  private readonly partner: Int32Array;
  private stamp = 0;

  constructor(readonly model: Model) {
    this.owner = new Int32Array(model.nB).fill(-1);
    this.place = new Array<Int32Array | null>(model.nR).fill(null);
    this.value = new Float64Array(model.nR);
    this.partner = new Int32Array(model.nR);
  }

  /** Near partners of r, currently assigned, standing next to `booths` (r's own excluded). */
  nearTouches(r: number, booths: ArrayLike<number>): number {
    const { nearStart, nearList, adjStart, adjList } = this.model;
    if (nearStart[r] === nearStart[r + 1]) return 0;
    const s = ++this.stamp;
    for (let e = nearStart[r]; e < nearStart[r + 1]; e++) this.partner[nearList[e]] = s;
    let count = 0;
    for (let i = 0; i < booths.length; i++) {
      const b = booths[i];
      for (let e = adjStart[b]; e < adjStart[b + 1]; e++) {
        const o = this.owner[adjList[e]];
        if (o >= 0 && o !== r && this.partner[o] === s) {
          this.partner[o] = 0;
          count++;
        }
      }
    }
    return count;
  }

  /** What r adds to the score where it stands now (0 if unassigned). */
  contribution(r: number): number {
    const p = this.place[r];
    if (!p) return 0;
    return this.value[r] + this.model.weights.near * this.nearTouches(r, p);
  }

  /** What r would add at `booths` (all free), given everyone else where they are. */
  gainAt(r: number, booths: ArrayLike<number>): number {
    return placementValue(this.model, r, booths) + this.model.weights.near * this.nearTouches(r, booths);
  }

  assign(r: number, booths: ArrayLike<number>): void {
    const p = Int32Array.from(booths);
    this.logR.push(r);
    this.logP.push(this.place[r]);
    if (this.place[r]) this.take(r);
    this.put(r, p);
  }

  unassign(r: number): void {
    if (!this.place[r]) return;
    this.logR.push(r);
    this.logP.push(this.place[r]);
    this.take(r);
  }

  mark(): number {
    return this.logR.length;
  }

  rollback(mark: number): void {
    while (this.logR.length > mark) {
      const r = this.logR.pop()!;
      const p = this.logP.pop()!;
      if (this.place[r]) this.take(r);
      if (p) this.put(r, p);
    }
  }

  /** Forget the undo log (after a move is final and no mark is outstanding). */
  commit(): void {
    this.logR.length = 0;
    this.logP.length = 0;
  }

  private put(r: number, p: Int32Array): void {
    const v = placementValue(this.model, r, p);
    this.score += v + this.model.weights.near * this.nearTouches(r, p);
    for (const b of p) this.owner[b] = r;
    this.place[r] = p;
    this.value[r] = v;
    this.assignedCount++;
  }

  private take(r: number): void {
    const p = this.place[r]!;
    this.score -= this.value[r] + this.model.weights.near * this.nearTouches(r, p);
    for (const b of p) this.owner[b] = -1;
    this.place[r] = null;
    this.value[r] = 0;
    this.assignedCount--;
  }
}
