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
  /** Free booths per (zone, type): freeZT[zone * nT + type]. */
  readonly freeZT: Int32Array;
  /** Changes so far in each zone (only ever grows), to skip retrying what cannot have changed. */
  readonly zoneVersion: Float64Array;
  private readonly logR: number[] = [];
  private readonly logP: (Int32Array | null)[] = [];
  /** Zones whose version each logged change raised, and where each entry's start. */
  private readonly logZ: number[] = [];
  private readonly logZStart: number[] = [];
  private readonly partner: Int32Array;
  private stamp = 0;

  constructor(readonly model: Model) {
    this.owner = new Int32Array(model.nB).fill(-1);
    this.place = new Array<Int32Array | null>(model.nR).fill(null);
    this.value = new Float64Array(model.nR);
    this.partner = new Int32Array(model.nR);
    this.freeZT = new Int32Array(model.nZ * model.nT);
    this.zoneVersion = new Float64Array(model.nZ);
    for (let b = 0; b < model.nB; b++) this.freeZT[this.zt(b)]++;
  }

  private zt(b: number): number {
    return this.model.boothZone[b] * this.model.nT + this.model.boothType[b];
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

  /** Sum of the versions of the zones r accepts: unchanged means nothing changed there. */
  versionFor(r: number): number {
    let v = 0;
    for (const z of this.model.zoneOrder[r]) v += this.zoneVersion[z];
    return v;
  }

  /** What r adds to the score where it stands now (0 if unassigned). */
  contribution(r: number): number {
    const p = this.place[r];
    if (!p) return 0;
    return this.value[r] + this.model.weights.near * this.nearTouches(r, p);
  }

  /** What r would add at `booths` (all free), given everyone else where they are. */
  gainAt(r: number, booths: ArrayLike<number>): number {
    return (
      placementValue(this.model, r, booths) + this.model.weights.near * this.nearTouches(r, booths)
    );
  }

  assign(r: number, booths: ArrayLike<number>): void {
    const p = Int32Array.from(booths);
    this.log(r);
    if (this.place[r]) this.take(r);
    this.put(r, p);
    this.bump(this.model.boothZone[p[0]]);
  }

  unassign(r: number): void {
    if (!this.place[r]) return;
    this.log(r);
    this.take(r);
  }

  private log(r: number): void {
    this.logR.push(r);
    this.logP.push(this.place[r]);
    this.logZStart.push(this.logZ.length);
    if (this.place[r]) this.bump(this.model.boothZone[this.place[r]![0]]);
  }

  private bump(z: number): void {
    this.zoneVersion[z]++;
    this.logZ.push(z);
  }

  mark(): number {
    return this.logR.length;
  }

  rollback(mark: number): void {
    if (mark < this.logR.length) {
      const from = this.logZStart[mark];
      for (let i = from; i < this.logZ.length; i++) this.zoneVersion[this.logZ[i]]--;
      this.logZ.length = from;
      this.logZStart.length = mark;
    }
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
    this.logZ.length = 0;
    this.logZStart.length = 0;
  }

  private put(r: number, p: Int32Array): void {
    const v = placementValue(this.model, r, p);
    this.score += v + this.model.weights.near * this.nearTouches(r, p);
    for (const b of p) {
      this.owner[b] = r;
      this.freeZT[this.zt(b)]--;
    }

    this.place[r] = p;
    this.value[r] = v;
    this.assignedCount++;
  }

  private take(r: number): void {
    const p = this.place[r]!;
    this.score -= this.value[r] + this.model.weights.near * this.nearTouches(r, p);
    for (const b of p) {
      this.owner[b] = -1;
      this.freeZT[this.zt(b)]++;
    }

    this.place[r] = null;
    this.value[r] = 0;
    this.assignedCount--;
  }
}
