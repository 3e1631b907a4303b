import type { AllocationInstance, NormalizedInstance } from './instance.types';
import { buildModel, type Model } from './model';
import { validateInstance } from './validate-instance';

/**
 * The contract's score. `placementValue` and `blocksTouch` are the primitives the engine
 * and the exact solver use; `scoreAssignments` scores a finished allocation by ids.
 *
 * Pinned booths may span zones (an organiser's hand overrides rule 3); their zone is then the
 * best-ranked of their zones, which is the contract's rule whenever they lie in one zone.
 */
export function placementValue(model: Model, r: number, booths: ArrayLike<number>): number {
  const { nZ, weights } = model;
  let bestRank = Number.MAX_SAFE_INTEGER;
  let bonus = 0;
  let corner = false;
  for (let i = 0; i < booths.length; i++) {
    const b = booths[i];
    if (model.boothCorner[b]) corner = true;
    const z = model.boothZone[b];
    const k = model.zoneRank[r * nZ + z];
    if (k >= 0 && k < bestRank) {
      bestRank = k;
      bonus = model.zoneBonus[r * nZ + z];
    }
  }
  const cornerBonus = model.wantsCorner[r] && corner ? weights.corner : 0;
  return model.weight[r] * (weights.base + bonus + cornerBonus);
}

/** Some booth of `a` is a neighbour of some booth of `b`. */
export function blocksTouch(model: Model, a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  const { adjStart, adjList } = model;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    for (let e = adjStart[x]; e < adjStart[x + 1]; e++) {
      const y = adjList[e];
      for (let j = 0; j < b.length; j++) if (b[j] === y) return true;
    }
  }
  return false;
}

/** Score of placements given per request index (null = unassigned). */
export function scorePlacements(model: Model, placements: (ArrayLike<number> | null)[]): number {
  let score = 0;
  for (let r = 0; r < model.nR; r++) {
    const p = placements[r];
    if (!p) continue;
    score += placementValue(model, r, p);
    for (let e = model.nearStart[r]; e < model.nearStart[r + 1]; e++) {
      const s = model.nearList[e];
      const q = placements[s];
      if (s > r && q && blocksTouch(model, p, q)) score += model.weights.near;
    }
  }
  return score;
}

/** Score of an allocation given by ids, as the contract defines it (no validity checks). */
export function scoreAssignments(
  instance: AllocationInstance | NormalizedInstance | Model,
  assignments: { request: string; booths: string[] }[],
): number {
  const model = 'nB' in instance ? instance : buildModel(validateInstance(instance));
  const placements: (number[] | null)[] = new Array(model.nR).fill(null);
  for (const a of assignments) {
    const r = model.requestIndex.get(a.request);
    if (r === undefined) throw new Error(`unknown request ${a.request}`);
    placements[r] = a.booths.map((b) => {
      const i = model.boothIndex.get(b);
      if (i === undefined) throw new Error(`unknown booth ${b}`);
      return i;
    });
  }
  return scorePlacements(model, placements);
}
