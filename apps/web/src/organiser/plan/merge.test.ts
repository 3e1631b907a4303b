import { describe, expect, it } from 'vitest';
import { canSplit, keeperOf, mergeOf } from './merge';
import type { PlanBooth } from './plan-api';

const booth = (code: string, x: number, y: number, more: Partial<PlanBooth> = {}): PlanBooth => ({
  id: code,
  code,
  zone: 'gom-su',
  type: 'tieu-chuan',
  x,
  y,
  width: 3,
  height: 3,
  corner: false,
  blocked: false,
  neighbours: [],
  ...more,
});

describe('merging two booths', () => {
  it('joins side-by-side booths: the left one keeps its code, takes the floor and neighbours', () => {
    const a = booth('B-01', 0, 20, { neighbours: ['B-02'] });
    const b = booth('B-02', 3, 20, { neighbours: ['B-01', 'B-03'], corner: true });
    expect(mergeOf(b, a)).toEqual({
      x: 0,
      y: 20,
      width: 6,
      height: 3,
      corner: true,
      neighbours: ['B-03'],
    });
    expect(keeperOf(b, a)).toBe(a);
  });

  it('joins booths one above the other, even with metre sums like 0.1 + 0.2', () => {
    const a = booth('C-01', 0.1, 0.2, { height: 0.1 });
    const b = booth('C-02', 0.1, 0.1 + 0.2, { height: 3 });
    expect(mergeOf(a, b)).toMatchObject({ x: 0.1, y: 0.2, width: 3 });
  });

  it('refuses booths that share no whole wall, or differ in zone or type', () => {
    expect(mergeOf(booth('A', 0, 0), booth('B', 4, 0))).toBeNull();
    expect(mergeOf(booth('A', 0, 0), booth('B', 3, 1))).toBeNull();
    expect(mergeOf(booth('A', 0, 0), booth('B', 3, 0, { zone: 'lua' }))).toBeNull();
    expect(mergeOf(booth('A', 0, 0), booth('B', 3, 0, { type: 'goc' }))).toBeNull();
  });
});

describe('canSplit', () => {
  const type = { widthM: 3, depthM: 3 };
  it('splits a booth two of its type long, across or down, and nothing else', () => {
    expect(canSplit({ ...booth('A', 0, 0), width: 6 }, type)).toBe(true);
    expect(canSplit({ ...booth('A', 0, 0), height: 6 }, type)).toBe(true);
    expect(canSplit(booth('A', 0, 0), type)).toBe(false);
    expect(canSplit({ ...booth('A', 0, 0), width: 9 }, type)).toBe(false);
    expect(canSplit({ ...booth('A', 0, 0), width: 6 }, undefined)).toBe(false);
  });
});
