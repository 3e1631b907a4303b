import type { AllocationInstance } from '../instance.types';
import { contractScore } from './check-result';

/**
 * The optimum by trying everything, for tiny instances only (a handful of booths and
 * requests): every request takes any valid placement or none. Written from the contract
 * alone, to check the exact solver.
 */
export function bruteForceOptimum(instance: AllocationInstance): number {
  const booths = instance.booths;
  const byId = new Map(booths.map((b) => [b.id, b]));
  const options = instance.requests.map((r) => {
    if (r.pinned && r.pinned.length > 0) return [r.pinned];
    const zones = r.zones ?? [];
    const ok = booths.filter(
      (b) => r.types.includes(b.type) && (zones.length === 0 || zones.includes(b.zone)),
    );
    const found: string[][] = [];
    const pick = (start: number, chosen: string[]) => {
      if (chosen.length === r.size) {
        if (connectedOneZone(chosen)) found.push([...chosen]);
        return;
      }
      for (let i = start; i < ok.length; i++) pick(i + 1, [...chosen, ok[i].id]);
    };
    pick(0, []);
    return found;
  });
  function connectedOneZone(ids: string[]): boolean {
    const zone = byId.get(ids[0])!.zone;
    if (ids.some((id) => byId.get(id)!.zone !== zone)) return false;
    const reached = new Set([ids[0]]);
    const stack = [ids[0]];
    while (stack.length) {
      for (const n of byId.get(stack.pop()!)!.neighbours) {
        if (ids.includes(n) && !reached.has(n)) {
          reached.add(n);
          stack.push(n);
        }
      }
    }
    return reached.size === ids.length;
  }
  let best = -1;
  const current: { request: string; booths: string[] }[] = [];
  const used = new Set<string>();
  const go = (i: number) => {
    if (i === instance.requests.length) {
      best = Math.max(best, contractScore(instance, current));
      return;
    }
    const r = instance.requests[i];
    for (const p of options[i]) {
      if (p.some((b) => used.has(b))) continue;
      p.forEach((b) => used.add(b));
      current.push({ request: r.id, booths: p });
      go(i + 1);
      current.pop();
      p.forEach((b) => used.delete(b));
    }
    if (!(r.pinned && r.pinned.length > 0)) go(i + 1);
  };
  go(0);
  return best;
}
