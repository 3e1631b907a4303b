import type { NormalizedInstance, Weights } from './instance.types';

/**
 * The instance as integer indices and typed arrays, built once and shared by the engine, the
 * exact solver and the scorer. Booth b, request r, zone z and type t are array positions.
 */
export interface Model {
  readonly instance: NormalizedInstance;
  readonly weights: Weights;
  readonly nB: number;
  readonly nR: number;
  readonly nZ: number;
  readonly nT: number;
  readonly zoneNames: string[];
  readonly typeNames: string[];
  readonly boothIndex: Map<string, number>;
  readonly requestIndex: Map<string, number>;
  readonly boothZone: Int32Array;
  readonly boothType: Int32Array;
  readonly boothCorner: Uint8Array;
  /** Neighbours of booth b: adjList[adjStart[b] .. adjStart[b + 1]). */
  readonly adjStart: Int32Array;
  readonly adjList: Int32Array;
  /** Booths of each zone, ascending. */
  readonly zoneBooths: Int32Array[];
  readonly size: Int32Array;
  /** priorityBase ^ (priority − 1). */
  readonly weight: Float64Array;
  readonly wantsCorner: Uint8Array;
  /** typeOk[r * nT + t]: request r accepts booth type t. */
  readonly typeOk: Uint8Array;
  /** zoneOk[r * nZ + z]: request r accepts zone z (all zones when it names none). */
  readonly zoneOk: Uint8Array;
  /** zoneRank[r * nZ + z]: position of zone z in zones(r), or −1. */
  readonly zoneRank: Int32Array;
  /** zoneBonus[r * nZ + z]: weights.zone[rank], 0 past the end or when unranked. */
  readonly zoneBonus: Float64Array;
  /** Zones request r accepts, best bonus first (ties by rank, then zone index). */
  readonly zoneOrder: Int32Array[];
  /** Symmetric near relation, deduplicated: nearList[nearStart[r] .. nearStart[r + 1]). */
  readonly nearStart: Int32Array;
  readonly nearList: Int32Array;
  /** Pinned booths per request (ascending), or null. */
  readonly pinned: (Int32Array | null)[];
  /** Request pinned to booth b, or −1. */
  readonly pinnedOwner: Int32Array;
}

export function buildModel(instance: NormalizedInstance): Model {
  const { booths, requests, weights } = instance;
  const nB = booths.length;
  const nR = requests.length;
  const zoneNames: string[] = [];
  const typeNames: string[] = [];
  const zoneIdx = new Map<string, number>();
  const typeIdx = new Map<string, number>();
  const intern = (m: Map<string, number>, names: string[], s: string) => {
    let i = m.get(s);
    if (i === undefined) {
      i = names.length;
      names.push(s);
      m.set(s, i);
    }
    return i;
  };
  const boothIndex = new Map<string, number>();
  booths.forEach((b, i) => boothIndex.set(b.id, i));
  const boothZone = new Int32Array(nB);
  const boothType = new Int32Array(nB);
  const boothCorner = new Uint8Array(nB);
  const adjStart = new Int32Array(nB + 1);
  const adj: number[] = [];
  booths.forEach((b, i) => {
    boothZone[i] = intern(zoneIdx, zoneNames, b.zone);
    boothType[i] = intern(typeIdx, typeNames, b.type);
    boothCorner[i] = b.corner ? 1 : 0;
    const ns = [...new Set(b.neighbours.map((n) => boothIndex.get(n)!))].sort((x, y) => x - y);
    adjStart[i] = adj.length;
    adj.push(...ns);
  });
  adjStart[nB] = adj.length;
  const nZ = zoneNames.length;
  const nT = typeNames.length;
  const zoneLists: number[][] = zoneNames.map(() => []);
  for (let b = 0; b < nB; b++) zoneLists[boothZone[b]].push(b);

  const requestIndex = new Map<string, number>();
  requests.forEach((r, i) => requestIndex.set(r.id, i));
  const size = new Int32Array(nR);
  const weight = new Float64Array(nR);
  const wantsCorner = new Uint8Array(nR);
  const typeOk = new Uint8Array(nR * nT);
  const zoneOk = new Uint8Array(nR * nZ);
  const zoneRank = new Int32Array(nR * nZ).fill(-1);
  const zoneBonus = new Float64Array(nR * nZ);
  const zoneOrder: Int32Array[] = [];
  const nearSets: Set<number>[] = requests.map(() => new Set<number>());
  const pinned: (Int32Array | null)[] = [];
  const pinnedOwner = new Int32Array(nB).fill(-1);
  requests.forEach((r, i) => {
    size[i] = r.size;
    weight[i] = Math.pow(weights.priorityBase, r.priority - 1);
    wantsCorner[i] = r.corner ? 1 : 0;
    for (const t of r.types) {
      const ti = typeIdx.get(t);
      if (ti !== undefined) typeOk[i * nT + ti] = 1;
    }
    if (r.zones.length === 0) zoneOk.fill(1, i * nZ, (i + 1) * nZ);
    r.zones.forEach((z, k) => {
      const zi = zoneIdx.get(z);
      if (zi === undefined) return;
      zoneOk[i * nZ + zi] = 1;
      zoneRank[i * nZ + zi] = k;
      zoneBonus[i * nZ + zi] = weights.zone[k] ?? 0;
    });
    const order: number[] = [];
    for (let z = 0; z < nZ; z++) if (zoneOk[i * nZ + z]) order.push(z);
    const rk = (z: number) => {
      const k = zoneRank[i * nZ + z];
      return k < 0 ? Number.MAX_SAFE_INTEGER : k;
    };
    order.sort((a, b) => zoneBonus[i * nZ + b] - zoneBonus[i * nZ + a] || rk(a) - rk(b) || a - b);
    zoneOrder.push(Int32Array.from(order));
    for (const n of r.near) {
      const j = requestIndex.get(n)!;
      nearSets[i].add(j);
      nearSets[j].add(i);
    }
    if (r.pinned.length > 0) {
      const p = Int32Array.from(r.pinned.map((b) => boothIndex.get(b)!)).sort();
      pinned.push(p);
      for (const b of p) pinnedOwner[b] = i;
    } else pinned.push(null);
  });
  const nearStart = new Int32Array(nR + 1);
  const near: number[] = [];
  nearSets.forEach((s, i) => {
    nearStart[i] = near.length;
    near.push(...[...s].sort((x, y) => x - y));
  });
  nearStart[nR] = near.length;
  return {
    instance,
    weights,
    nB,
    nR,
    nZ,
    nT,
    zoneNames,
    typeNames,
    boothIndex,
    requestIndex,
    boothZone,
    boothType,
    boothCorner,
    adjStart,
    adjList: Int32Array.from(adj),
    zoneBooths: zoneLists.map((l) => Int32Array.from(l)),
    size,
    weight,
    wantsCorner,
    typeOk,
    zoneOk,
    zoneRank,
    zoneBonus,
    zoneOrder,
    nearStart,
    nearList: Int32Array.from(near),
    pinned,
    pinnedOwner,
  };
}
