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

/** A block that needs others evicted: `est` = gain − rough loss of the evicted (a guide only). */
export interface EvictCandidate {
  booths: Int32Array;
  evicted: number[];
  est: number;
}

export interface FreeSearchOptions {
  /** Only blocks containing one of these booths. */
  anchors?: ArrayLike<number>;
  /**
   * Near partners still to come: prefer blocks with free booths around that they accept,
   * instead of snug ones.
   */
  awaiting?: readonly number[];
}

/** Blocks beyond this size are sampled (at most this many per anchor), not enumerated. */
const LARGE_BLOCK = 4;
const CAP_PER_ANCHOR = 48;
/** Tie-break weight of booth criticality, per unit of the request's own weight. */
const CONTENTION = 4;
/** A request may evict others weighing at most this many times its own weight. */
const EVICT_WEIGHT_RATIO = 10;

/**
 * Finds blocks for a request in the current state: the best free block (exact gain first,
 * then a packing tie-break: snug blocks, or ones with room around for near partners still to
 * come, and the booths other requests want most left to them), or the most promising blocks to
 * take by evicting others. Every block looked at counts one unit of effort.
 */
export class PlacementSearch {
  private readonly enumerator: BlockEnumerator;
  private readonly seen: Int32Array;
  private stamp = 0;
  private readonly lossStamp: Int32Array;
  private readonly lossCache: Float64Array;
  private lossRound = 0;

  constructor(
    private readonly model: Model,
    private readonly state: AllocationState,
    private readonly effort: Effort,
    /** How much the requests want booth b (see boothCriticality). */
    private readonly crit: Float64Array,
    /** Requests that must not be evicted. */
    private readonly locked: Uint8Array,
  ) {
    this.enumerator = new BlockEnumerator(model);
    this.seen = new Int32Array(model.nB);
    this.lossStamp = new Int32Array(model.nR);
    this.lossCache = new Float64Array(model.nR);
  }

  /**
   * Rough cost of evicting o: all of its value if no zone it accepts has enough free booths of
   * its types left, else what it would lose by moving to the best such zone.
   */
  private evictionLoss(o: number): number {
    if (this.lossStamp[o] === this.lossRound) return this.lossCache[o];
    const m = this.model;
    const { nZ, nT } = m;
    let bestBonus = -1;
    for (const z of m.zoneOrder[o]) {
      let free = 0;
      for (let t = 0; t < nT; t++) if (m.typeOk[o * nT + t]) free += this.state.freeZT[z * nT + t];
      if (free >= m.size[o]) {
        bestBonus = m.zoneBonus[o * nZ + z];
        break;
      }
    }
    const v = this.state.value[o];
    const loss = bestBonus < 0 ? v : Math.max(0, v - m.weight[o] * (m.weights.base + bestBonus));
    this.lossStamp[o] = this.lossRound;
    this.lossCache[o] = loss;
    return loss;
  }

  /**
   * The best block of free booths for r, zones in r's order of preference; stops at a zone
   * whose best possible gain is below what was already found.
   */
  bestFree(r: number, opts: FreeSearchOptions = {}): Candidate | null {
    const m = this.model;
    const st = this.state;
    const { nZ, nT, boothZone, boothType, boothCorner, typeOk } = m;
    const size = m.size[r];
    const w = m.weight[r];
    const { base, corner, near } = m.weights;
    const cornerW = m.wantsCorner[r] ? corner : 0;
    let partners = 0;
    for (let e = m.nearStart[r]; e < m.nearStart[r + 1]; e++)
      if (st.place[m.nearList[e]]) partners++;
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
        const tie = this.tie(r, block, opts.awaiting);
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
   * Up to k blocks for r that overlap booths of other requests (at most `maxEvicted` of them,
   * none pinned or locked, none weighing more than EVICT_WEIGHT_RATIO × r's weight), ranked by
   * r's gain there minus the evicted requests' rough loss (see evictionLoss), best first.
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
    const evicted = new Int32Array(maxEvicted);
    this.lossRound++;
    const maxWeight = w * EVICT_WEIGHT_RATIO;
    const cap = size > LARGE_BLOCK ? CAP_PER_ANCHOR : undefined;
    for (const z of m.zoneOrder[r]) {
      const zb = m.zoneBonus[r * nZ + z];
      const ok = (b: number) => {
        if (boothZone[b] !== z || typeOk[r * nT + boothType[b]] !== 1) return false;
        const o = st.owner[b];
        if (o < 0) return true;
        return o !== r && pinned[o] === null && this.locked[o] === 0 && m.weight[o] <= maxWeight;
      };
      const visit = (block: Int32Array): boolean => {
        this.effort.used++;
        let n = 0;
        let loss = 0;
        let hasCorner = 0;
        for (let i = 0; i < size; i++) {
          const o = st.owner[block[i]];
          hasCorner |= boothCorner[block[i]];
          if (o < 0 || o === r) continue;
          let seen = false;
          for (let j = 0; j < n; j++) if (evicted[j] === o) seen = true;
          if (seen) continue;
          if (n === maxEvicted) return true;
          evicted[n++] = o;
          loss += this.evictionLoss(o);
        }
        if (n === 0) return true;
        let est = w * (base + zb + (hasCorner && cornerW ? cornerW : 0)) - loss;
        if (hasPartners) est += near * st.nearTouches(r, block);
        if (est < minEst || (top.length === k && est <= top[k - 1].est + EPS)) return true;
        let at = top.length;
        while (at > 0 && top[at - 1].est < est - EPS) at--;
        const booths = Int32Array.from(block).sort();
        top.splice(at, 0, { booths, evicted: Array.from(evicted.subarray(0, n)), est });
        if (top.length > k) top.pop();
        return true;
      };
      for (const a of m.zoneBooths[z])
        if (ok(a)) this.enumerator.forEach(a, size, ok, visit, { cap });
    }
    return top;
  }

  private tie(r: number, block: Int32Array, awaiting: readonly number[] | undefined): number {
    const m = this.model;
    const s = ++this.stamp;
    const seen = this.seen;
    for (let i = 0; i < block.length; i++) seen[block[i]] = s;
    let freeAround = 0;
    let roomFor = 0;
    let contention = 0;
    for (let i = 0; i < block.length; i++) {
      const b = block[i];
      contention += this.crit[b];
      for (let e = m.adjStart[b]; e < m.adjStart[b + 1]; e++) {
        const n = m.adjList[e];
        if (seen[n] === s) continue;
        seen[n] = s;
        if (this.state.owner[n] >= 0) continue;
        if (!awaiting) freeAround++;
        else if (awaiting.some((q) => accepts(m, q, n))) roomFor++;
      }
    }
    const packing = awaiting && awaiting.length > 0 ? roomFor : -freeAround;
    return packing - (CONTENTION * contention) / m.weight[r];
  }
}

function accepts(m: Model, r: number, b: number): boolean {
  return m.zoneOk[r * m.nZ + m.boothZone[b]] === 1 && m.typeOk[r * m.nT + m.boothType[b]] === 1;
}
