import { Booth } from '../domain';

const EPS = 1e-6;
const near = (a: number, b: number) => Math.abs(a - b) < EPS;

type Box = Pick<Booth, 'x' | 'y' | 'width' | 'height'>;

/** Which of two booths comes first: the one on the left, or on top. */
const ordered = (a: Booth, b: Booth): [Booth, Booth] =>
  a.x < b.x || (near(a.x, b.x) && a.y < b.y) ? [a, b] : [b, a];

/**
 * Two booths side by side with a whole wall in common, of one zone and type, become one: the
 * first (left, or top) keeps its code and takes the other's floor, neighbours and corner. Null
 * when they cannot be merged. Answers the keeper as it becomes and the code that goes.
 */
export function mergeBooths(a: Booth, b: Booth): { keeper: Booth; gone: string } | null {
  const [first, second] = ordered(a, b);
  const row = near(first.y, second.y) && near(first.height, second.height);
  const column = near(first.x, second.x) && near(first.width, second.width);
  let box: Box | null = null;
  if (row && near(first.x + first.width, second.x)) {
    box = { x: first.x, y: first.y, width: first.width + second.width, height: first.height };
  } else if (column && near(first.y + first.height, second.y)) {
    box = { x: first.x, y: first.y, width: first.width, height: first.height + second.height };
  }
  if (!box || first.zone !== second.zone || first.type !== second.type) return null;
  const neighbours = [...new Set([...a.neighbours, ...b.neighbours])].filter(
    (code) => code !== a.code && code !== b.code,
  );
  return {
    keeper: { ...first, ...box, corner: a.corner || b.corner, neighbours },
    gone: second.code,
  };
}

/**
 * The inverse of a merge: a booth two of its type long (2 × width across, or 2 × depth down)
 * becomes two of its type's size. The first half keeps the code; the second gets the code with
 * the first free letter from B on ("A-01B"). The halves are neighbours; each of the booth's
 * neighbours goes to the half nearer to it (both when equally near). Null when the booth is
 * not two units long. A corner booth's halves are corners only where their outer end wall is
 * open (no booth against it): splitting a row's end booth leaves one corner, not two.
 */
export function splitBooth(
  booth: Booth,
  type: { widthM: number; depthM: number },
  taken: ReadonlySet<string>,
  all: readonly Booth[],
): [Booth, Booth] | null {
  let halves: [Box, Box];
  if (near(booth.width, 2 * type.widthM)) {
    const w = booth.width / 2;
    halves = [
      { x: booth.x, y: booth.y, width: w, height: booth.height },
      { x: booth.x + w, y: booth.y, width: w, height: booth.height },
    ];
  } else if (near(booth.height, 2 * type.depthM)) {
    const h = booth.height / 2;
    halves = [
      { x: booth.x, y: booth.y, width: booth.width, height: h },
      { x: booth.x, y: booth.y + h, width: booth.width, height: h },
    ];
  } else {
    return null;
  }
  const letter = [...'BCDEFGHIJKLMNOPQRSTUVWXYZ'].find((l) => !taken.has(`${booth.code}${l}`));
  if (!letter) return null;
  const second = `${booth.code}${letter}`;
  const byCode = new Map(all.map((b) => [b.code, b]));
  const sides: [string[], string[]] = [[second], [booth.code]];
  for (const code of booth.neighbours) {
    const other = byCode.get(code);
    if (!other) continue;
    const [d0, d1] = halves.map((h) => distance(h, other));
    if (d0 <= d1 + EPS) sides[0].push(code);
    if (d1 <= d0 + EPS) sides[1].push(code);
  }
  // Corners are derived again: a half stays a corner only where its outer end wall is open.
  const across = near(booth.width, 2 * type.widthM);
  const others = all.filter((b) => b.code !== booth.code);
  const open = halves.map((h, i) => !others.some((o) => sharesEndWall(h, o, across, i === 0)));
  const corner = booth.corner
    ? open.some(Boolean)
      ? open
      : [true, false] // open on another side only: the first half keeps the flag, not both
    : [false, false];
  return [
    { ...booth, ...halves[0], corner: corner[0], neighbours: sides[0] },
    { ...booth, ...halves[1], code: second, corner: corner[1], neighbours: sides[1] },
  ];
}

/**
 * Whether `other` stands against the half's outer end: its left (first half) or right wall
 * when split across, its top or bottom wall when split down, with some length in common.
 */
function sharesEndWall(half: Box, other: Box, across: boolean, first: boolean): boolean {
  if (across) {
    const wall = first ? near(other.x + other.width, half.x) : near(other.x, half.x + half.width);
    return wall && other.y < half.y + half.height - EPS && half.y < other.y + other.height - EPS;
  }
  const wall = first ? near(other.y + other.height, half.y) : near(other.y, half.y + half.height);
  return wall && other.x < half.x + half.width - EPS && half.x < other.x + other.width - EPS;
}

function distance(a: Box, b: Box): number {
  const dx = a.x + a.width / 2 - (b.x + b.width / 2);
  const dy = a.y + a.height / 2 - (b.y + b.height / 2);
  return Math.hypot(dx, dy);
}
