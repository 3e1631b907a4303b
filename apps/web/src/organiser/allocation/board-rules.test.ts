import { describe, expect, it } from 'vitest';
import { blockAt, propose, rulesOf } from './board-rules';

// Zone a: A1–A2–A3 in a row (A3 a corner); zone b: B1–B2. r1 wants 2 booths in a, r2 1 in b.
const instance = {
  booths: [
    { id: 'A1', zone: 'a', type: 's', corner: false, neighbours: ['A2'] },
    { id: 'A2', zone: 'a', type: 's', corner: false, neighbours: ['A1', 'A3'] },
    { id: 'A3', zone: 'a', type: 's', corner: true, neighbours: ['A2', 'B1'] },
    { id: 'B1', zone: 'b', type: 's', corner: false, neighbours: ['A3', 'B2'] },
    { id: 'B2', zone: 'b', type: 's', corner: false, neighbours: ['B1'] },
  ],
  requests: [
    {
      id: 'r1',
      size: 2,
      types: ['s'],
      zones: ['a'],
      corner: true,
      priority: 2,
      near: [],
      pinned: [],
    },
    {
      id: 'r2',
      size: 1,
      types: ['s'],
      zones: ['b', 'a'],
      corner: false,
      priority: 1,
      near: [],
      pinned: [],
    },
  ],
  weights: { priorityBase: 10, base: 10, zone: [3, 2, 1], corner: 2, near: 5 },
};
const rules = rulesOf(instance);
const placed = new Map([
  ['r1', ['A1', 'A2']],
  ['r2', ['B1']],
]);

describe('the board’s rules, as the contract has them', () => {
  it('takes the block around the booth dropped on, within its zone and free booths', () => {
    expect(blockAt(rules, placed, 'r1', 'A3')).toEqual(['A3', 'A2']);
    expect(blockAt(rules, placed, 'r1', 'B2')).toEqual(['B2']);
  });

  it('answers a move with the score it gains: the corner is worth 2 × weight 10', () => {
    const move = propose(rules, placed, 'r1', 'A3');
    expect(move).toMatchObject({ kind: 'move', booths: [['A3', 'A2']], issues: [] });
    expect(move.after - move.before).toBe(20);
  });

  it('names the broken rule of a move to another zone and allows an override', () => {
    const move = propose(rules, placed, 'r1', 'B2');
    expect(move.issues.map((i) => i.rule)).toEqual(['size']);
    expect(move.overridable).toBe(false);
    const swap = propose(rules, placed, 'r2', 'A1');
    expect(swap.kind).toBe('swap');
    expect(swap.issues.map((i) => i.rule).sort()).toEqual(['size', 'size']);
  });

  it('swaps two producers of the same size, checking both placements', () => {
    const wide = rulesOf({
      ...instance,
      requests: [instance.requests[1], { ...instance.requests[1], id: 'r3', zones: ['a'] }],
    });
    const both = new Map([
      ['r2', ['B1']],
      ['r3', ['A3']],
    ]);
    const swap = propose(wide, both, 'r2', 'A3');
    expect(swap).toMatchObject({ kind: 'swap', requests: ['r2', 'r3'], booths: [['A3'], ['B1']] });
    expect(swap.issues.map((i) => i.rule)).toEqual(['zone']);
    expect(swap.overridable).toBe(true);
  });
});
