/**
 * An independent checker for allocation results, written straight from ALLOCATION.md and
 * sharing no code with the engine: rules 1–5, every request exactly once, a reason for every
 * unassigned request, and the score recomputed from the assignments.
 *
 * One reading the contract leaves open: pinned booths may span zones (rules 2–4 do not apply
 * to them); the zone that counts is then the best-ranked of their zones.
 */
import type { AllocationInstance, AllocationResult } from '../instance.types';

interface Req {
  id: string;
  size: number;
  types: string[];
  zones: string[];
  corner: boolean;
  priority: number;
  near: string[];
  pinned: string[];
}

export interface CheckOptions {
  /** Also require that no unassigned request could take a free connected block. */
  maximal?: boolean;
}

export function checkResult(
  instance: AllocationInstance,
  result: AllocationResult,
  options: CheckOptions = {},
): number {
  const fail = (msg: string): never => {
    throw new Error(`invalid result: ${msg}`);
  };
  const booths = new Map(instance.booths.map((b) => [b.id, b]));
  const requests = new Map<string, Req>(
    instance.requests.map((r) => [
      r.id,
      {
        id: r.id,
        size: r.size,
        types: r.types,
        zones: r.zones ?? [],
        corner: r.corner ?? false,
        priority: r.priority,
        near: r.near ?? [],
        pinned: r.pinned ?? [],
      },
    ]),
  );
  if (!Array.isArray(result.assignments) || !Array.isArray(result.unassigned))
    fail('missing lists');
  if (typeof result.score !== 'number') fail('score is not a number');
  const st = result.stats;
  if (!st || typeof st.millis !== 'number' || st.millis < 0) fail('stats.millis missing');
  if (st.requests !== instance.requests.length) fail('stats.requests is wrong');
  if (st.booths !== instance.booths.length) fail('stats.booths is wrong');

  const seen = new Set<string>();
  const mention = (id: string) => {
    if (!requests.has(id)) fail(`unknown request ${id}`);
    if (seen.has(id)) fail(`request ${id} appears twice`);
    seen.add(id);
  };
  const taken = new Map<string, string>();
  const placed = new Map<string, string[]>();
  for (const a of result.assignments) {
    mention(a.request);
    const r = requests.get(a.request)!;
    if (!Array.isArray(a.booths)) fail(`${r.id}: booths is not a list`);
    for (const b of a.booths) {
      if (!booths.has(b)) fail(`${r.id}: unknown booth ${b}`);
      if (taken.has(b)) fail(`booth ${b} given to ${taken.get(b)} and ${r.id}`);
      taken.set(b, r.id);
    }
    if (new Set(a.booths).size !== a.booths.length) fail(`${r.id}: a booth listed twice`);
    if (a.booths.length !== r.size) fail(`${r.id}: ${a.booths.length} booths for size ${r.size}`);
    if (r.pinned.length > 0) {
      if (!r.pinned.every((b) => a.booths.includes(b))) fail(`${r.id}: pinned booths not used`);
    } else {
      const problem = placementProblem(r, a.booths, booths);
      if (problem) fail(`${r.id}: ${problem}`);
    }
    placed.set(r.id, a.booths);
  }
  for (const u of result.unassigned) {
    mention(u.request);
    if (typeof u.reason !== 'string' || u.reason.trim().length < 10)
      fail(`${u.request}: no readable reason`);
  }
  if (seen.size !== requests.size) fail(`${requests.size - seen.size} requests missing`);

  const score = contractScore(instance, result.assignments);
  if (Math.abs(score - result.score) > 1e-6 * Math.max(1, Math.abs(score)))
    fail(`score ${result.score} but the contract gives ${score}`);

  if (options.maximal) {
    for (const u of result.unassigned) {
      const r = requests.get(u.request)!;
      if (r.pinned.length > 0) fail(`pinned request ${r.id} left unassigned`);
      const free = instance.booths.filter((b) => !taken.has(b.id)).map((b) => b.id);
      if (findBlock(r, free, booths)) fail(`${r.id} is unassigned but a free block fits it`);
    }
  }
  return score;
}

/** The contract's score of assignments (no validity checks). */
export function contractScore(
  instance: AllocationInstance,
  assignments: { request: string; booths: string[] }[],
): number {
  const w = {
    priorityBase: instance.weights?.priorityBase ?? 10,
    base: instance.weights?.base ?? 10,
    zone: instance.weights?.zone ?? [3, 2, 1],
    corner: instance.weights?.corner ?? 2,
    near: instance.weights?.near ?? 5,
  };
  const booths = new Map(instance.booths.map((b) => [b.id, b]));
  const reqs = new Map(instance.requests.map((r) => [r.id, r]));
  const placed = new Map(assignments.map((a) => [a.request, a.booths]));
  let score = 0;
  for (const a of assignments) {
    const r = reqs.get(a.request)!;
    const zones = r.zones ?? [];
    const ranks = a.booths.map((b) => zones.indexOf(booths.get(b)!.zone)).filter((k) => k >= 0);
    const k = ranks.length > 0 ? Math.min(...ranks) : -1;
    const zoneBonus = k >= 0 ? (w.zone[k] ?? 0) : 0;
    const corner = r.corner && a.booths.some((b) => booths.get(b)!.corner) ? w.corner : 0;
    score += Math.pow(w.priorityBase, r.priority - 1) * (w.base + zoneBonus + corner);
  }
  const ids = assignments.map((a) => a.request);
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const r = reqs.get(ids[i])!;
      const s = reqs.get(ids[j])!;
      if (!(r.near ?? []).includes(s.id) && !(s.near ?? []).includes(r.id)) continue;
      const other = new Set(placed.get(s.id));
      const touch = placed
        .get(r.id)!
        .some((b) => booths.get(b)!.neighbours.some((n) => other.has(n)));
      if (touch) score += w.near;
    }
  }
  return score;
}

type BoothMap = Map<string, AllocationInstance['booths'][number]>;

/** Why rules 2–4 reject the booths, or null when they are a valid placement. */
function placementProblem(r: Req, ids: string[], booths: BoothMap): string | null {
  const list = ids.map((b) => booths.get(b)!);
  const bad = list.find((b) => !r.types.includes(b.type));
  if (bad) return `booth ${bad.id} has type ${bad.type}`;
  const zone = list[0].zone;
  if (list.some((b) => b.zone !== zone)) return 'booths in several zones';
  if (r.zones.length > 0 && !r.zones.includes(zone)) return `zone ${zone} not accepted`;
  const set = new Set(ids);
  const reached = new Set([ids[0]]);
  const stack = [ids[0]];
  while (stack.length > 0) {
    for (const n of booths.get(stack.pop()!)!.neighbours) {
      if (set.has(n) && !reached.has(n)) {
        reached.add(n);
        stack.push(n);
      }
    }
  }
  return reached.size === ids.length ? null : 'booths not connected';
}

/** Some valid placement for r among the given booths (plain search, for small instances). */
function findBlock(r: Req, free: string[], booths: BoothMap): string[] | null {
  const ok = new Set(free.filter((b) => placementProblem(r, [b], booths) === null));
  const grow = (block: string[]): string[] | null => {
    if (block.length === r.size) return block;
    for (const b of block) {
      for (const n of booths.get(b)!.neighbours) {
        if (!ok.has(n) || block.includes(n) || booths.get(n)!.zone !== booths.get(b)!.zone)
          continue;
        const found = grow([...block, n]);
        if (found) return found;
      }
    }
    return null;
  };
  for (const b of ok) {
    const found = grow([b]);
    if (found) return found;
  }
  return null;
}
