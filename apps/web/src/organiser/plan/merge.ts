import type { BoothChange, PlanBooth } from './plan-api';

const EPS = 1e-6;
const near = (a: number, b: number) => Math.abs(a - b) < EPS;

/**
 * Two booths side by side with a whole wall in common become one: the first keeps its code
 * and takes the other's floor, neighbours and corner. Null when they do not share a wall.
 */
export function mergeOf(a: PlanBooth, b: PlanBooth): BoothChange | null {
  const [first, second] = a.x < b.x || (near(a.x, b.x) && a.y < b.y) ? [a, b] : [b, a];
  const row = near(first.y, second.y) && near(first.height, second.height);
  const column = near(first.x, second.x) && near(first.width, second.width);
  let box: Pick<BoothChange, 'x' | 'y' | 'width' | 'height'> | null = null;
  if (row && near(first.x + first.width, second.x)) {
    box = { x: first.x, y: first.y, width: first.width + second.width, height: first.height };
  } else if (column && near(first.y + first.height, second.y)) {
    box = { x: first.x, y: first.y, width: first.width, height: first.height + second.height };
  }
  if (!box || first.zone !== second.zone || first.type !== second.type) return null;
  const neighbours = [...new Set([...a.neighbours, ...b.neighbours])].filter(
    (code) => code !== a.code && code !== b.code,
  );
  return { ...box, corner: a.corner || b.corner, neighbours };
}

/** Which of the two keeps its code (the one on the left, or on top). */
export const keeperOf = (a: PlanBooth, b: PlanBooth) =>
  a.x < b.x || (near(a.x, b.x) && a.y < b.y) ? a : b;

/** Whether the API will split this booth: two of its type long, across or down. */
export const canSplit = (booth: PlanBooth, type: { widthM: number; depthM: number } | undefined) =>
  !!type && (near(booth.width, 2 * type.widthM) || near(booth.height, 2 * type.depthM));
