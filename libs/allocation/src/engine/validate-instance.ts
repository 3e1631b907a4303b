import type {
  NormalizedBooth,
  NormalizedInstance,
  NormalizedRequest,
  Weights,
} from './instance.types';
import { InvalidInstanceError } from './invalid-instance.error';
import { DEFAULT_WEIGHTS } from './weights';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isName = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/**
 * Checks an instance against the contract and returns it with defaults filled in. Throws
 * `InvalidInstanceError` naming the first booth or request that is wrong.
 */
export function validateInstance(raw: unknown): NormalizedInstance {
  if (!isObj(raw))
    throw new InvalidInstanceError('not-an-object', 'instance must be a JSON object');
  if (!Array.isArray(raw.booths))
    throw new InvalidInstanceError('not-an-object', 'instance.booths must be an array');
  if (!Array.isArray(raw.requests))
    throw new InvalidInstanceError('not-an-object', 'instance.requests must be an array');
  const booths = validateBooths(raw.booths);
  const requests = validateRequests(raw.requests, booths);
  return { booths, requests, weights: validateWeights(raw.weights) };
}

function validateBooths(list: unknown[]): NormalizedBooth[] {
  const booths: NormalizedBooth[] = [];
  const seen = new Set<string>();
  list.forEach((b, i) => {
    if (!isObj(b) || !isName(b.id))
      throw new InvalidInstanceError('bad-booth', `booth #${i + 1} has no id`);
    const id = b.id;
    const bad = (what: string) =>
      new InvalidInstanceError('bad-booth', `booth ${id}: ${what}`, { booth: id });
    if (seen.has(id))
      throw new InvalidInstanceError('duplicate-booth', `booth id ${id} appears twice`, {
        booth: id,
      });
    seen.add(id);
    if (!isName(b.zone)) throw bad('zone must be a non-empty string');
    if (!isName(b.type)) throw bad('type must be a non-empty string');
    if (b.corner !== undefined && typeof b.corner !== 'boolean')
      throw bad('corner must be true or false');
    const neighbours = b.neighbours ?? [];
    if (!Array.isArray(neighbours) || !neighbours.every(isName))
      throw bad('neighbours must be an array of booth ids');
    booths.push({
      id,
      zone: b.zone,
      type: b.type,
      corner: b.corner === true,
      neighbours: [...new Set(neighbours)],
    });
  });
  const byId = new Map(booths.map((b) => [b.id, b]));
  for (const b of booths) {
    for (const n of b.neighbours) {
      const other = byId.get(n);
      if (!other)
        throw new InvalidInstanceError(
          'unknown-neighbour',
          `booth ${b.id} lists unknown booth ${n} as a neighbour`,
          { booth: b.id },
        );
      if (other === b)
        throw new InvalidInstanceError(
          'self-neighbour',
          `booth ${b.id} lists itself as a neighbour`,
          {
            booth: b.id,
          },
        );
      if (!other.neighbours.includes(b.id))
        throw new InvalidInstanceError(
          'asymmetric-neighbours',
          `booth ${b.id} lists ${n} as a neighbour but ${n} does not list ${b.id}`,
          { booth: b.id },
        );
    }
  }
  return booths;
}

function validateRequests(list: unknown[], booths: NormalizedBooth[]): NormalizedRequest[] {
  const boothIds = new Set(booths.map((b) => b.id));
  const requests: NormalizedRequest[] = [];
  const seen = new Set<string>();
  const pinnedBy = new Map<string, string>();
  list.forEach((r, i) => {
    if (!isObj(r) || !isName(r.id))
      throw new InvalidInstanceError('bad-request', `request #${i + 1} has no id`);
    const id = r.id;
    const err = (code: ConstructorParameters<typeof InvalidInstanceError>[0], what: string) =>
      new InvalidInstanceError(code, `request ${id}: ${what}`, { request: id });
    if (seen.has(id))
      throw new InvalidInstanceError('duplicate-request', `request id ${id} appears twice`, {
        request: id,
      });
    seen.add(id);
    const size = r.size;
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 1)
      throw err('bad-size', `size must be an integer ≥ 1, got ${JSON.stringify(size)}`);
    const priority = r.priority;
    if (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 1 || priority > 5)
      throw err(
        'bad-priority',
        `priority must be an integer from 1 to 5, got ${JSON.stringify(priority)}`,
      );
    if (!Array.isArray(r.types) || r.types.length === 0 || !r.types.every(isName))
      throw err('bad-types', 'types must be a non-empty array of booth types');
    const zones = r.zones ?? [];
    if (!Array.isArray(zones) || !zones.every(isName))
      throw err('bad-zones', 'zones must be an array of zone names');
    if (new Set(zones).size !== zones.length) throw err('bad-zones', 'zones lists a zone twice');
    if (r.corner !== undefined && typeof r.corner !== 'boolean')
      throw err('bad-request', 'corner must be true or false');
    const near = r.near ?? [];
    if (!Array.isArray(near) || !near.every(isName))
      throw err('unknown-near', 'near must be an array of request ids');
    const pinned = r.pinned ?? [];
    if (!Array.isArray(pinned) || !pinned.every(isName))
      throw err('bad-pinned', 'pinned must be an array of booth ids');
    for (const b of pinned) {
      if (!boothIds.has(b)) throw err('unknown-pinned-booth', `pinned booth ${b} does not exist`);
    }
    if (new Set(pinned).size !== pinned.length)
      throw err('bad-pinned', 'pinned lists a booth twice');
    if (pinned.length > 0 && pinned.length !== size)
      throw err('pinned-size-mismatch', `pinned has ${pinned.length} booths but size is ${size}`);
    for (const b of pinned) {
      const other = pinnedBy.get(b);
      if (other !== undefined)
        throw err('pinned-conflict', `booth ${b} is pinned to both ${other} and ${id}`);
      pinnedBy.set(b, id);
    }
    requests.push({
      id,
      size,
      types: [...new Set(r.types)],
      zones: [...zones],
      corner: r.corner === true,
      priority,
      near: [...new Set(near)],
      pinned: [...pinned],
    });
  });
  for (const r of requests) {
    for (const n of r.near) {
      if (n === r.id)
        throw new InvalidInstanceError('self-near', `request ${r.id} lists itself in near`, {
          request: r.id,
        });
      if (!seen.has(n))
        throw new InvalidInstanceError(
          'unknown-near',
          `request ${r.id}: near lists unknown request ${n}`,
          {
            request: r.id,
          },
        );
    }
  }
  return requests;
}

function validateWeights(raw: unknown): Weights {
  if (raw === undefined || raw === null)
    return { ...DEFAULT_WEIGHTS, zone: [...DEFAULT_WEIGHTS.zone] };
  if (!isObj(raw)) throw new InvalidInstanceError('bad-weights', 'weights must be an object');
  const num = (key: 'priorityBase' | 'base' | 'corner' | 'near'): number => {
    const v = raw[key] ?? DEFAULT_WEIGHTS[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
      throw new InvalidInstanceError('bad-weights', `weights.${key} must be a number ≥ 0`);
    return v;
  };
  const zone = raw.zone ?? DEFAULT_WEIGHTS.zone;
  if (
    !Array.isArray(zone) ||
    !zone.every((z) => typeof z === 'number' && Number.isFinite(z) && z >= 0)
  )
    throw new InvalidInstanceError('bad-weights', 'weights.zone must be an array of numbers ≥ 0');
  const weights: Weights = {
    priorityBase: num('priorityBase'),
    base: num('base'),
    zone: [...(zone as number[])],
    corner: num('corner'),
    near: num('near'),
  };
  if (weights.priorityBase <= 0)
    throw new InvalidInstanceError('bad-weights', 'weights.priorityBase must be > 0');
  return weights;
}
