import type { AllocationInstance, BoothInput, RequestInput } from '../instance.types';
import { Prng } from '../prng';

/** Craft zones of a fair, in the order halls are laid out. */
export const CRAFT_ZONES = [
  'may-tre-dan',
  'gom-su',
  'lua',
  'kham-trai',
  'son-mai',
  'det-tho-cam',
  'go-my-nghe',
  'am-thuc',
];

export interface GenerateOptions {
  seed: number;
  booths: number;
  requests: number;
  /** Number of craft zones (default: 3 for tiny fairs, up to 8 for large ones). */
  zones?: number;
  /** Share of requests pinned by an organiser (default 0.03). */
  pinnedRate?: number;
  /** Share of requests belonging to a village group with near-wishes (default 0.35). */
  villageRate?: number;
}

/**
 * A realistic, seeded fair: each craft zone is a hall of back-to-back row pairs split by cross
 * aisles into segments; booths touch left/right along a row and across the back; segment ends
 * are corners. The first row pair is premium, the food zone has food stalls, some booths have
 * power. Requests come from producers of a craft (zone wishes start with it), some in village
 * groups that want to stand together; sizes 1–4, priorities 1–5, a few pinned by hand.
 */
export function generateInstance(opts: GenerateOptions): AllocationInstance {
  const rng = new Prng(opts.seed * 7919 + 17);
  const nZones =
    opts.zones ?? (opts.booths < 60 ? 3 : opts.booths < 200 ? 4 : opts.booths < 1000 ? 6 : 8);
  const zones = CRAFT_ZONES.slice(0, nZones);
  const booths: BoothInput[] = [];
  const zoneBooths: BoothInput[][] = zones.map(() => []);
  zones.forEach((zone, zi) => {
    const count = Math.floor(opts.booths / nZones) + (zi < opts.booths % nZones ? 1 : 0);
    const rowLen = Math.max(3, Math.min(14, Math.round(Math.sqrt(count * 1.5))));
    const segment = rowLen > 8 ? Math.ceil(rowLen / 2) : rowLen;
    const letter = String.fromCharCode(65 + zi);
    const grid: BoothInput[][] = [];
    for (let i = 0; i < count; i++) {
      const row = Math.floor(i / rowLen);
      const col = i % rowLen;
      const food = zone === 'am-thuc' && rng.chance(0.7);
      const type = food
        ? 'food'
        : row === 0 && rng.chance(0.6)
          ? 'premium'
          : rng.chance(0.1)
            ? 'power'
            : 'standard';
      const rowEnd = (row + 1) * rowLen > count ? count - row * rowLen : rowLen;
      const corner = col % segment === 0 || col % segment === segment - 1 || col === rowEnd - 1;
      const b: BoothInput = {
        id: `${letter}${row + 1}-${String(col + 1).padStart(2, '0')}`,
        zone,
        type,
        corner,
        neighbours: [],
      };
      (grid[row] ??= [])[col] = b;
      booths.push(b);
      zoneBooths[zi].push(b);
    }
    const link = (a: BoothInput | undefined, b: BoothInput | undefined) => {
      if (!a || !b) return;
      a.neighbours.push(b.id);
      b.neighbours.push(a.id);
    };
    grid.forEach((cells, row) => {
      cells.forEach((b, col) => {
        if (col + 1 < cells.length && (col + 1) % segment !== 0) link(b, cells[col + 1]);
        if (row % 2 === 0) link(b, grid[row + 1]?.[col]);
      });
    });
  });

  const requests: RequestInput[] = [];
  const pinnedTaken = new Set<string>();
  const byId = new Map(booths.map((b) => [b.id, b]));
  let n = 0;
  while (n < opts.requests) {
    const craft = rng.int(0, nZones - 1);
    const village = rng.chance(opts.villageRate ?? 0.35);
    const groupSize = village ? Math.min(opts.requests - n, rng.int(2, 5)) : 1;
    const groupIds = Array.from({ length: groupSize }, (_, i) => `app-${n + i + 1}`);
    for (let g = 0; g < groupSize; g++) {
      const id = groupIds[g];
      const size = pickWeighted(rng, [1, 2, 3, 4], [50, 30, 13, 7]);
      const zoneList = rng.chance(0.1) ? [] : wishedZones(rng, zones, craft);
      const food = zones[craft] === 'am-thuc';
      const types = food
        ? rng.chance(0.7)
          ? ['food']
          : ['food', 'standard']
        : pickWeighted(
            rng,
            [['standard'], ['standard', 'premium'], ['premium'], ['standard', 'power'], ['power']],
            [55, 25, 8, 8, 4],
          );
      const others = groupIds.filter((x) => x !== id);
      const near =
        others.length === 0
          ? []
          : rng.shuffle([...others]).slice(0, rng.int(1, Math.min(2, others.length)));
      const request: RequestInput = {
        id,
        size,
        types,
        zones: zoneList,
        corner: rng.chance(0.25),
        priority: pickWeighted(rng, [1, 2, 3, 4, 5], [30, 25, 20, 15, 10]),
        near,
        pinned: [],
      };
      if (rng.chance(opts.pinnedRate ?? 0.03)) {
        const block = freeBlock(rng, zoneBooths[craft], size, pinnedTaken, byId);
        if (block) {
          request.pinned = block;
          block.forEach((b) => pinnedTaken.add(b));
        }
      }
      requests.push(request);
    }
    n += groupSize;
  }
  return { booths, requests };
}

function wishedZones(rng: Prng, zones: string[], craft: number): string[] {
  const list = [zones[craft]];
  const others = rng.shuffle(zones.filter((_, i) => i !== craft));
  if (others.length > 0 && rng.chance(0.5)) list.push(others[0]);
  if (others.length > 1 && list.length === 2 && rng.chance(0.4)) list.push(others[1]);
  return list;
}

function pickWeighted<T>(rng: Prng, items: T[], weights: number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = rng.next() * total;
  for (let i = 0; i < items.length; i++) {
    x -= weights[i];
    if (x < 0) return items[i];
  }
  return items[items.length - 1];
}

/** A connected block of `size` booths of one zone, none already pinned, grown from a random seed. */
function freeBlock(
  rng: Prng,
  zone: BoothInput[],
  size: number,
  taken: Set<string>,
  byId: Map<string, BoothInput>,
): string[] | null {
  for (let attempt = 0; attempt < 10; attempt++) {
    const start = rng.pick(zone);
    if (taken.has(start.id)) continue;
    const block = [start.id];
    for (let i = 0; i < block.length && block.length < size; i++) {
      for (const nb of byId.get(block[i])!.neighbours) {
        if (block.length < size && !taken.has(nb) && !block.includes(nb)) block.push(nb);
      }
    }
    if (block.length === size) return block;
  }
  return null;
}
