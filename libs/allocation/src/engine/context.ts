import { boothCriticality } from './criticality';
import { Effort } from './effort';
import type { Model } from './model';
import { PlacementSearch } from './placement-search';
import { AllocationState } from './state';

/** Everything the construction and improvement steps share. */
export interface EngineContext {
  model: Model;
  state: AllocationState;
  search: PlacementSearch;
  effort: Effort;
  /** Booths each request could use at all (type and zone), for ordering by difficulty. */
  reach: Int32Array;
  /** Requests by weight (desc), then size (desc), then reach (asc): the construction order. */
  order: Int32Array;
  /** Requests by weight (desc), then size (asc): who fills freed booths first. */
  fillOrder: Int32Array;
  /** fillOrder restricted to requests accepting zone z. */
  zoneFill: Int32Array[];
  /** Requests placed by the ejection chain under way: not to be evicted again by it. */
  locked: Uint8Array;
}

export function createContext(model: Model, budget: number): EngineContext {
  const { nB, nR, nZ, nT, boothZone, boothType } = model;
  const state = new AllocationState(model);
  const effort = new Effort(budget);
  const capZT = new Float64Array(nZ * nT);
  for (let b = 0; b < nB; b++) capZT[boothZone[b] * nT + boothType[b]]++;
  const reach = new Int32Array(nR);
  for (let r = 0; r < nR; r++) {
    if (model.pinned[r]) continue;
    for (let z = 0; z < nZ; z++) {
      if (!model.zoneOk[r * nZ + z]) continue;
      for (let t = 0; t < nT; t++) if (model.typeOk[r * nT + t]) reach[r] += capZT[z * nT + t];
    }
  }
  const crit = boothCriticality(model);
  const ids = Array.from({ length: nR }, (_, i) => i);
  const order = Int32Array.from(
    [...ids].sort(
      (a, b) =>
        model.weight[b] - model.weight[a] ||
        model.size[b] - model.size[a] ||
        reach[a] - reach[b] ||
        a - b,
    ),
  );
  const fillOrder = Int32Array.from(
    [...ids].sort(
      (a, b) => model.weight[b] - model.weight[a] || model.size[a] - model.size[b] || a - b,
    ),
  );
  const zoneFill: Int32Array[] = [];
  for (let z = 0; z < nZ; z++)
    zoneFill.push(
      Int32Array.from(fillOrder.filter((r) => model.zoneOk[r * nZ + z] && !model.pinned[r])),
    );
  const locked = new Uint8Array(nR);
  const search = new PlacementSearch(model, state, effort, crit, locked);
  return { model, state, search, effort, reach, order, fillOrder, zoneFill, locked };
}
