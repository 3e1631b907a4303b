import { BlockEnumerator } from '../connected-blocks';
import type { Model } from '../model';
import { placementValue } from '../score';

/**
 * An upper bound on the optimum for fairs too large for the exact solver, to judge the engine
 * there. Relax "a connected block" to "any booths of accepted zone and type", count a wished
 * corner as always met, and let requests be placed in part: booths become capacities of
 * (zone, type) cells, and the best value is a transportation LP. By duality, for any prices
 * π ≥ 0 on cells,
 *   Σ_c cap_c π_c + Σ_r size_r · max(0, max_c (v_rc / size_r − π_c))
 * bounds it, v_rc being r's value in cell c's zone. Prices are tuned by subgradient steps.
 * Pinned requests count their fixed value; every near pair that could meet counts `near`.
 * A zone counts for a request only if it has a connected block of the request's size and
 * types (pins aside) at all.
 */
export function transportBound(model: Model, iterations = 2000): number {
  const { nZ, nT, nR, weights } = model;
  const nC = nZ * nT;
  const cap = new Float64Array(nC);
  for (let b = 0; b < model.nB; b++) {
    if (model.pinnedOwner[b] < 0) cap[model.boothZone[b] * nT + model.boothType[b]]++;
  }
  const enumerator = new BlockEnumerator(model);
  let fixed = 0;
  const rows: { size: number; cells: Int32Array; unit: Float64Array }[] = [];
  const placeable = new Uint8Array(nR);
  for (let r = 0; r < nR; r++) {
    const pinned = model.pinned[r];
    if (pinned) {
      fixed += placementValue(model, r, pinned);
      placeable[r] = 1;
      continue;
    }
    const cells: number[] = [];
    const unit: number[] = [];
    const corner = model.wantsCorner[r] ? weights.corner : 0;
    for (let z = 0; z < nZ; z++) {
      if (!model.zoneOk[r * nZ + z] || !fitsInZone(model, enumerator, r, z)) continue;
      for (let t = 0; t < nT; t++) {
        if (!model.typeOk[r * nT + t] || cap[z * nT + t] === 0) continue;
        cells.push(z * nT + t);
        unit.push(
          (model.weight[r] * (weights.base + model.zoneBonus[r * nZ + z] + corner)) / model.size[r],
        );
      }
    }
    if (cells.length === 0) continue;
    placeable[r] = 1;
    rows.push({
      size: model.size[r],
      cells: Int32Array.from(cells),
      unit: Float64Array.from(unit),
    });
  }
  let pairs = 0;
  for (let r = 0; r < nR; r++) {
    for (let e = model.nearStart[r]; e < model.nearStart[r + 1]; e++) {
      const s = model.nearList[e];
      if (s > r && placeable[r] && placeable[s]) pairs++;
    }
  }
  const pi = new Float64Array(nC);
  const used = new Float64Array(nC);
  let best = Infinity;
  let scale = 0;
  for (const row of rows) for (const u of row.unit) scale = Math.max(scale, u);
  for (let it = 0; it < iterations; it++) {
    used.fill(0);
    let value = 0;
    for (let c = 0; c < nC; c++) value += cap[c] * pi[c];
    for (const row of rows) {
      let top = 0;
      let arg = -1;
      for (let i = 0; i < row.cells.length; i++) {
        const red = row.unit[i] - pi[row.cells[i]];
        if (red > top) {
          top = red;
          arg = row.cells[i];
        }
      }
      if (arg >= 0) {
        value += row.size * top;
        used[arg] += row.size;
      }
    }
    best = Math.min(best, value);
    // Subgradient with a diminishing step.
    const step = (scale * 0.5) / Math.sqrt(it + 1) / Math.max(1, model.nB / nC);
    for (let c = 0; c < nC; c++) pi[c] = Math.max(0, pi[c] - step * (cap[c] - used[c]));
  }
  return fixed + best + weights.near * pairs;
}

function fitsInZone(model: Model, enumerator: BlockEnumerator, r: number, z: number): boolean {
  const ok = (b: number) =>
    model.boothZone[b] === z &&
    model.pinnedOwner[b] < 0 &&
    model.typeOk[r * model.nT + model.boothType[b]] === 1;
  let found = false;
  for (const a of model.zoneBooths[z]) {
    if (!ok(a)) continue;
    enumerator.forEach(a, model.size[r], ok, () => ((found = true), false), { cap: 1 });
    if (found) return true;
  }
  return false;
}
