import { BlockEnumerator } from './connected-blocks';
import type { Model } from './model';

/** Zones with more acceptable booths than this get an even share instead of enumeration. */
const ENUMERATE_MAX_BOOTHS = 64;

/**
 * How much the requests want each booth: every request spreads its weight × size evenly over
 * its best placements (first-choice zones, corner ones if it wants a corner), so a booth that
 * lies in the few blocks a heavy request can use scores high. Requests with the same needs are
 * counted together. The construction and relocation tie-break steers others away from such
 * booths. Where a request has many candidate booths its share is spread evenly over them.
 */
export function boothCriticality(model: Model): Float64Array {
  const { nB, nR, nZ, nT, boothZone, boothType, boothCorner } = model;
  const crit = new Float64Array(nB);
  const classes = new Map<string, { rep: number; weight: number }>();
  for (let r = 0; r < nR; r++) {
    if (model.pinned[r]) continue;
    const key = [
      model.size[r],
      model.wantsCorner[r],
      model.typeOk.subarray(r * nT, (r + 1) * nT).join(''),
      model.zoneBonus.subarray(r * nZ, (r + 1) * nZ).join(','),
      model.zoneOk.subarray(r * nZ, (r + 1) * nZ).join(''),
    ].join('|');
    const c = classes.get(key);
    if (c) c.weight += model.weight[r];
    else classes.set(key, { rep: r, weight: model.weight[r] });
  }
  const enumerator = new BlockEnumerator(model);
  for (const { rep: r, weight } of classes.values()) {
    const zones = model.zoneOrder[r];
    if (zones.length === 0) continue;
    const top = model.zoneBonus[r * nZ + zones[0]];
    const best = Array.from(zones).filter((z) => model.zoneBonus[r * nZ + z] === top);
    const size = model.size[r];
    const accepts = (b: number) =>
      model.typeOk[r * nT + boothType[b]] === 1 && model.pinnedOwner[b] < 0;
    const booths: number[] = [];
    for (const z of best) for (const b of model.zoneBooths[z]) if (accepts(b)) booths.push(b);
    if (booths.length === 0) continue;
    const cornerOnly = model.wantsCorner[r] === 1;
    if (booths.length > ENUMERATE_MAX_BOOTHS) {
      let target = booths;
      if (cornerOnly) {
        const corners = booths.filter((b) => boothCorner[b] === 1);
        if (corners.length > 0) target = corners;
      }
      const share = (weight * size) / target.length;
      for (const b of target) crit[b] += share;
      continue;
    }
    const hits = new Map<number, number>();
    let total = 0;
    let totalCorner = 0;
    const cornerHits = new Map<number, number>();
    for (const a of booths) {
      const zone = boothZone[a];
      const ok = (b: number) => boothZone[b] === zone && accepts(b);
      enumerator.forEach(a, size, ok, (block) => {
        let corner = false;
        for (const b of block) if (boothCorner[b]) corner = true;
        total++;
        for (const b of block) hits.set(b, (hits.get(b) ?? 0) + 1);
        if (corner) {
          totalCorner++;
          for (const b of block) cornerHits.set(b, (cornerHits.get(b) ?? 0) + 1);
        }
        return true;
      });
    }
    const [h, t] = cornerOnly && totalCorner > 0 ? [cornerHits, totalCorner] : [hits, total];
    if (t === 0) continue;
    for (const [b, n] of h) crit[b] += (weight * n) / t;
  }
  return crit;
}
