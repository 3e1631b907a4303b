import { BlockEnumerator } from './connected-blocks';
import type { Effort } from './effort';
import type { Model } from './model';
import type { AllocationState } from './state';

export const EPS = 1e-7;

/** A block a request could take, with its exact gain and a packing tie-break. */
export interface Candidate {
  booths: Int32Array;
  gain: number;
  tie: number;
}

/** A block that needs others evicted: `est` = gain − value of the evicted (a rough guide). */
export interface EvictCandidate {
  booths: Int32Array;
  evicted: number[];
  est: number;
}

export interface FreeSearchOptions {
  /** Only blocks containing one of these booths. */
  anchors?: ArrayLike<number>;
  /** Prefer blocks with free booths around (partners still to come) instead of snug ones. */
  spread?: boolean;
}

/** Blocks beyond this size are sampled (at most this many per anchor), not enumerated. */
const LARGE_BLOCK = 4;
const CAP_PER_ANCHOR = 48;

/**
 * Finds blocks for a request in the current state: the best free block (exact gain first,
 * then a packing tie-break: snug blocks, corners and contested booth types left to others),
 * or the most promising blocks to take by evicting others.
 */
export class PlacementSearch {
  private readonly enumerator: BlockEnumerator;
  private readonly seen: Int32Array;
  private stamp = 0;

  constructor(
    private readonly model: Model,
    private readonly state: AllocationState,
    private readonly effort: Effort,
    /** Contention of booth b's zone and type: demand over capacity. */
    private readonly pressure: Float64Array,
    /** Requests that must not be evicted. */
    private readonly locked: Uint8Array,
  ) {
    this.enumerator = new BlockEnumerator(model);
    this.seen = new Int32Array(model.nB);
  }

  bestFree(r: number, opts: FreeSearchOptions = {}): Candidate | null {
    const m = this.model;
    const st = this.state;
    const { nZ, nT, boothZone, boothType, boothCorner, typeOk } = m;
    const size = m.size[r];
    const w = m.weight[r];
    const { base, corner, near } = m.weights;
    const cornerW = m.wantsCorner[r] ? corner : 0;
    let partners = 0;
    for (let e = m.nearStart[r]; e < m.nearStart[r + 1]; e++) if (st.place[m.nearList[e]]) partners++;
    const nearMax = near * partners;
    let bestGain = -Infinity;
    let bestTie = -Infinity;
    const buf = new Int32Array(size);
    const cap = size > LARGE_BLOCK ? CAP_PER_ANCHOR : undefined;
    for (const z of m.zoneOrder[r]) {
      const zb = m.zoneBonus[r * nZ + z];
      if (bestGain > w * (base + zb + cornerW) + nearMax + EPS) break;
      const ok = (b: number) =>
        boothZone[b] === z && st.owner[b] < 0 && typeOk[r * nT + boothType[b]] === 1;
      const visit = (block: Int32Array): boolean => {
        this.effort.used++;
        let hasCorner = 0;
        if (cornerW) for (let i = 0; i < size; i++) hasCorner |= boothCorner[block[i]];
        let gain = w * (base + zb + (hasCorner ? cornerW : 0));
        if (partners) gain += near * st.nearTouches(r, block);
        if (gain < bestGain - EPS) return true;
        const tie = this.tie(r, block, opts.spread === true);
        if (gain > bestGain + EPS || tie > bestTie) {
          bestGain = gain;
          bestTie = tie;
          buf.set(block);
        }
        return true;
      };
      const anchors = opts.anchors ?? m.zoneBooths[z];
      const minAnchor = opts.anchors === undefined;
      for (let i = 0; i < anchors.length; i++) {
        const a = anchors[i];
        if (ok(a)) this.enumerator.forEach(a, size, ok, visit, { minAnchor, cap });
      }
    }
    if (bestGain === -Infinity) return null;
    return { booths: buf.sort(), gain: bestGain, tie: bestTie };
  }

  /**
   * Up to k blocks for r that overlap booths of other (non-pinned) requests, at most
   * `maxEvicted` of them, ranked by gain minus the evicted requests' values.
   */
  evictCandidates(r: number, k: number, maxEvicted: number, minEst: number): EvictCandidate[] {
    const m = this.model;
    const st = this.state;
    const { nZ, nT, boothZone, boothType, boothCorner, typeOk, pinned } = m;
    const size = m.size[r];
    const w = m.weight[r];
    const { base, corner, near } = m.weights;
    const cornerW = m.wantsCorner[r] ? corner : 0;
    const hasPartners = m.nearStart[r + 1] > m.nearStart[r];
    const top: EvictCandidate[] = [];
    const evicted: number[] = [];
    const cap = size > LARGE_BLOCK ? CAP_PER_ANCHOR : undefined;
    for (const z of m.zoneOrder[r]) {
      const zb = m.zoneBonus[r * nZ + z];
      const ok = (b: number) => {
        if (boothZone[b] !== z || typeOk[r * nT + boothType[b]] !== 1) return false;
        const o = st.owner[b];
        return o < 0 || (o !== r && pinned[o] === null && this.locked[o] === 0);
      };
      const visit = (block: Int32Array): boolean => {
        this.effort.used++;
        evicted.length = 0;
        let loss = 0;
        let hasCorner = 0;
        for (let i = 0; i < size; i++) {
          const o = st.owner[block[i]];
          hasCorner |= boothCorner[block[i]];
          if (o >= 0 && o !== r && !evicted.includes(o)) {
            if (evicted.length === maxEvicted) return true;
            evicted.push(o);
            loss += st.value[o];
          }
        }
        if (evicted.length === 0) return true;
        let est = w * (base + zb + (hasCorner && cornerW ? cornerW : 0)) - loss;
        if (hasPartners) est += near * st.nearTouches(r, block);
        if (est < minEst || (top.length === k && est <= top[k - 1].est + EPS)) return true;
        let at = top.length;
        while (at > 0 && top[at - 1].est < est - EPS) at--;
        top.splice(at, 0, { booths: Int32Array.from(block).sort(), evicted: [...evicted], est });
        if (top.length > k) top.pop();
        return true;
      };
      for (const a of m.zoneBooths[z]) if (ok(a)) this.enumerator.forEach(a, size, ok, visit, { cap });
    }
    return top;
  }

  private tie(r: number, block: Int32Array, spread: boolean): number {
    const m = this.model;
    const s = ++this.stamp;
    const seen = this.seen;
    for (let i = 0; i < block.length; i++) seen[block[i]] = s;
    let freeAround = 0;
    let cornerWaste = 0;
    let contention = 0;
    for (let i = 0; i < block.length; i++) {
      const b = block[i];
      cornerWaste += m.boothCorner[b];
      contention += this.pressure[b];
      for (let e = m.adjStart[b]; e < m.adjStart[b + 1]; e++) {
        const n = m.adjList[e];
        if (seen[n] === s) continue;
        seen[n] = s;
        if (this.state.owner[n] < 0) freeAround++;
      }
    }
    if (m.wantsCorner[r]) cornerWaste = 0;
    return (spread ? freeAround : -freeAround) - 2 * cornerWaste - 2 * contention;
  }
}
