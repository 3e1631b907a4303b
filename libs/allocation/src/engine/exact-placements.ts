import { BlockEnumerator } from './connected-blocks';
import type { Model } from './model';
import { placementValue } from './score';

/**
 * Every valid placement of every request, as bit masks, for the exact solver. Placement p of a
 * request has its booths in `booths[p*W .. p*W+W)` and the booths next to it (outside it) in
 * `around[p*W ..]`; placements are sorted by value, best first.
 */
export interface PlacementTable {
  count: number;
  booths: Uint32Array;
  around: Uint32Array;
  value: Float64Array;
  /** Booth lists, for reading a solution back. */
  lists: Int32Array[];
}

export class TooManyPlacementsError extends Error {}

export function wordsFor(nB: number): number {
  return Math.max(1, Math.ceil(nB / 32));
}

export function maskOf(model: Model, list: ArrayLike<number>): Uint32Array {
  const W = wordsFor(model.nB);
  const m = new Uint32Array(W);
  for (let i = 0; i < list.length; i++) m[list[i] >>> 5] |= 1 << (list[i] & 31);
  return m;
}

export function aroundOf(model: Model, list: ArrayLike<number>): Uint32Array {
  const m = new Uint32Array(wordsFor(model.nB));
  const inside = maskOf(model, list);
  for (let i = 0; i < list.length; i++) {
    const b = list[i];
    for (let e = model.adjStart[b]; e < model.adjStart[b + 1]; e++) {
      const n = model.adjList[e];
      if (!(inside[n >>> 5] & (1 << (n & 31)))) m[n >>> 5] |= 1 << (n & 31);
    }
  }
  return m;
}

export function buildPlacementTable(model: Model, r: number, limit: number): PlacementTable {
  const W = wordsFor(model.nB);
  const { nT, boothType, boothZone, pinnedOwner } = model;
  const lists: Int32Array[] = [];
  const enumerator = new BlockEnumerator(model);
  for (const z of model.zoneOrder[r]) {
    const ok = (b: number) =>
      boothZone[b] === z && model.typeOk[r * nT + boothType[b]] === 1 && pinnedOwner[b] < 0;
    for (const b of model.zoneBooths[z]) {
      if (!ok(b)) continue;
      enumerator.forEach(b, model.size[r], ok, (block) => {
        lists.push(Int32Array.from(block).sort());
        if (lists.length > limit)
          throw new TooManyPlacementsError(`request ${r} has more than ${limit} placements`);
        return true;
      });
    }
  }
  const value = lists.map((l) => placementValue(model, r, l));
  const order = lists.map((_, i) => i).sort((a, b) => value[b] - value[a] || a - b);
  const table: PlacementTable = {
    count: lists.length,
    booths: new Uint32Array(lists.length * W),
    around: new Uint32Array(lists.length * W),
    value: new Float64Array(lists.length),
    lists: [],
  };
  order.forEach((src, p) => {
    table.booths.set(maskOf(model, lists[src]), p * W);
    table.around.set(aroundOf(model, lists[src]), p * W);
    table.value[p] = value[src];
    table.lists.push(lists[src]);
  });
  return table;
}
