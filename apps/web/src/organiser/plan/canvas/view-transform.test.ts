import { describe, expect, it } from 'vitest';
import { boothsIn, fitTransform, planBounds, PX_PER_M, toPlan, zoomAt } from './view-transform';

const booths = [
  { code: 'A', x: 0, y: 0, width: 3, height: 3 },
  { code: 'B', x: 3, y: 0, width: 3, height: 3 },
  { code: 'C', x: 0, y: 10, width: 3, height: 3 },
];

describe('the plan view’s geometry', () => {
  it('fits the whole plan in the viewport, centred', () => {
    const bounds = planBounds(booths);
    expect(bounds).toEqual({ x: -1, y: -1, width: 8, height: 15 });
    const view = fitTransform(bounds, 800, 600);
    expect(view.k).toBeCloseTo(600 / (15 * PX_PER_M));
    const centre = toPlan(view, 400, 300);
    expect(centre.x).toBeCloseTo(3);
    expect(centre.y).toBeCloseTo(6.5);
  });

  it('zooms around the pointer: the plan point under it stays under it', () => {
    const view = { k: 1, x: 10, y: 20 };
    const before = toPlan(view, 200, 100);
    const after = toPlan(zoomAt(view, 2.5, 200, 100), 200, 100);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
    expect(zoomAt(view, 1000, 0, 0).k).toBe(12);
  });

  it('finds the booths a selection box touches', () => {
    expect(boothsIn(booths, { x: 2, y: 1, width: 2, height: 1 })).toEqual(['A', 'B']);
    expect(boothsIn(booths, { x: 0, y: 5, width: 9, height: 1 })).toEqual([]);
  });
});
