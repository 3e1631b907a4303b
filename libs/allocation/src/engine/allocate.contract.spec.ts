import { allocate } from './allocate';
import type { AllocationInstance, AllocationResult, BoothInput } from './instance.types';
import { checkResult } from './testing/check-result';
import { boothsOf, instance, req, row } from './testing/fixtures';

/** Runs the engine with and without its exact stage; both results must be valid and maximal. */
function run(inst: AllocationInstance): AllocationResult[] {
  return [allocate(inst), allocate(inst, { exact: false })].map((res) => {
    checkResult(inst, res, { maximal: true });
    return res;
  });
}

function grid(
  zone: string,
  prefix: string,
  rows: number,
  cols: number,
  type = 'standard',
): BoothInput[] {
  const id = (r: number, c: number) => `${prefix}${r}${c}`;
  const out: BoothInput[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const n: string[] = [];
      if (c > 0) n.push(id(r, c - 1));
      if (c < cols - 1) n.push(id(r, c + 1));
      if (r > 0) n.push(id(r - 1, c));
      if (r < rows - 1) n.push(id(r + 1, c));
      out.push({ id: id(r, c), zone, type, corner: c === 0 || c === cols - 1, neighbours: n });
    }
  }
  return out;
}

describe('allocate: the contract on hand-made instances', () => {
  it('gives a booth to the higher priority', () => {
    const inst = instance(row('gom-su', 'A', 1), [
      req('low', { priority: 1 }),
      req('high', { priority: 2 }),
    ]);
    for (const res of run(inst)) {
      expect(boothsOf(res, 'high')).toEqual(['A1']);
      expect(res.score).toBe(100);
      expect(res.unassigned.map((u) => u.request)).toEqual(['low']);
    }
  });

  it('prefers one priority-3 request of 3 booths over three priority-2 requests of 1', () => {
    const inst = instance(row('gom-su', 'A', 3), [
      req('a', { priority: 2 }),
      req('b', { priority: 2 }),
      req('c', { priority: 2 }),
      req('big', { priority: 3, size: 3 }),
    ]);
    for (const res of run(inst)) {
      expect(boothsOf(res, 'big')).toEqual(['A1', 'A2', 'A3']);
      expect(res.score).toBe(1000);
    }
  });

  it('maximises the score, not priority order, when weights make many small outweigh one big', () => {
    const inst = instance(
      row('gom-su', 'A', 3),
      [req('a'), req('b'), req('c'), req('big', { priority: 2, size: 3 })],
      { priorityBase: 2 },
    );
    for (const res of run(inst)) {
      expect(boothsOf(res, 'big')).toBeNull();
      expect(res.score).toBe(30);
    }
  });

  it('follows zone preferences so that both requests get in', () => {
    const inst = instance(
      [...row('gom-su', 'A', 1), ...row('lua', 'B', 1)],
      [req('flexible', { zones: ['gom-su', 'lua'] }), req('strict', { zones: ['gom-su'] })],
    );
    for (const res of run(inst)) {
      expect(boothsOf(res, 'strict')).toEqual(['A1']);
      expect(boothsOf(res, 'flexible')).toEqual(['B1']);
      expect(res.score).toBe(13 + 12);
    }
  });

  it('puts a request in its first-choice zone when there is room', () => {
    const inst = instance(
      [...row('gom-su', 'A', 2), ...row('lua', 'B', 2), ...row('kham-trai', 'C', 2)],
      [req('r', { zones: ['lua', 'kham-trai', 'gom-su'], priority: 4 })],
    );
    for (const res of run(inst)) {
      expect(boothsOf(res, 'r')![0]).toMatch(/^B/);
      expect(res.assignments[0].explanation).toMatchObject({ zone: 'lua', zoneChoice: 1 });
    }
  });

  it('gives the corner to the request that wants it', () => {
    const inst = instance(row('gom-su', 'A', 2, { corners: [false, true] }), [
      req('plain'),
      req('corner', { corner: true }),
    ]);
    for (const res of run(inst)) {
      expect(boothsOf(res, 'corner')).toEqual(['A2']);
      expect(boothsOf(res, 'plain')).toEqual(['A1']);
      expect(res.score).toBe(12 + 10);
      const e = res.assignments.find((a) => a.request === 'corner')!.explanation!;
      expect(e.corner).toEqual({ wanted: true, got: true });
    }
  });

  it('puts near partners next to each other', () => {
    const inst = instance(row('gom-su', 'A', 5, { corners: [false, false, false, false, false] }), [
      req('a', { near: ['b'] }),
      req('b'),
      req('c'),
      req('d'),
    ]);
    for (const res of run(inst)) {
      const a = Number(boothsOf(res, 'a')![0].slice(1));
      const b = Number(boothsOf(res, 'b')![0].slice(1));
      expect(Math.abs(a - b)).toBe(1);
      expect(res.score).toBe(45);
      expect(res.assignments.find((x) => x.request === 'a')!.explanation!.nearMet).toEqual(['b']);
    }
  });

  it('trades a lower zone choice for a near bonus worth more', () => {
    const inst = instance(
      [...row('gom-su', 'A', 2), ...row('lua', 'B', 1)],
      [req('a', { zones: ['lua', 'gom-su'], near: ['b'] }), req('b', { zones: ['gom-su'] })],
    );
    for (const res of run(inst)) {
      expect(boothsOf(res, 'a')![0]).toMatch(/^A/);
      expect(res.score).toBe(12 + 13 + 5);
    }
  });

  it('moves a request to a zone of equal value so that a partner worth only its near bonus fits', () => {
    const inst = instance(
      [...row('gom-su', 'A', 2, { corners: [true, false] }), ...row('lua', 'B', 1)],
      [
        req('app-1', { priority: 2, corner: true, zones: ['lua', 'gom-su'] }),
        req('app-2', { priority: 2, zones: ['gom-su'], near: ['app-1'] }),
      ],
      { base: 0, zone: [], corner: 7 },
    );
    for (const res of run(inst)) {
      expect(boothsOf(res, 'app-1')).toEqual(['A1']);
      expect(res.score).toBe(75);
    }
  });

  it('places multi-booth requests on connected blocks of accepted types', () => {
    const inst = instance(
      row('gom-su', 'A', 5, { types: ['standard', 'standard', 'premium', 'standard', 'standard'] }),
      [
        req('r', { size: 2, priority: 2 }),
        req('s', { size: 2, priority: 2 }),
        req('t', { types: ['premium'] }),
      ],
    );
    for (const res of run(inst)) {
      expect([boothsOf(res, 'r'), boothsOf(res, 's')].sort()).toEqual([
        ['A1', 'A2'],
        ['A4', 'A5'],
      ]);
      expect(boothsOf(res, 't')).toEqual(['A3']);
    }
  });

  it('fits a block of four and a pair into a 2×3 hall, leaving the pair connected', () => {
    const inst = instance(grid('gom-su', 'G', 2, 3), [
      req('four', { size: 4, priority: 2 }),
      req('pair', { size: 2 }),
    ]);
    for (const res of run(inst)) {
      expect(boothsOf(res, 'four')).toHaveLength(4);
      expect(boothsOf(res, 'pair')).toHaveLength(2);
      expect(res.score).toBe(100 + 10);
    }
  });

  it('never joins booths of two zones, even when they touch', () => {
    const booths = [...row('gom-su', 'A', 1), ...row('lua', 'B', 1)];
    booths[0].neighbours.push('B1');
    booths[1].neighbours.push('A1');
    const inst = instance(booths, [req('pair', { size: 2 })]);
    for (const res of run(inst)) {
      expect(res.assignments).toEqual([]);
      expect(res.unassigned[0].reason).toMatch(
        /no connected pair of standard booths exists in any zone/,
      );
    }
  });

  it('honours pinned booths even against types, zones and connection, and keeps others off them', () => {
    const booths = [...row('gom-su', 'A', 3), ...row('lua', 'B', 2, { type: 'premium' })];
    const inst = instance(booths, [
      req('pinned', { size: 2, types: ['food'], zones: ['kham-trai'], pinned: ['A1', 'B2'] }),
      req('wants-a1', { priority: 5, zones: ['gom-su'], corner: true }),
      req('other', { priority: 5, zones: ['gom-su'], corner: true }),
    ]);
    for (const res of run(inst)) {
      expect(boothsOf(res, 'pinned')).toEqual(['A1', 'B2']);
      expect(boothsOf(res, 'wants-a1')).not.toContain('A1');
      expect(boothsOf(res, 'other')).not.toContain('A1');
      const e = res.assignments.find((a) => a.request === 'pinned')!.explanation!;
      expect(e.pinned).toBe(true);
      expect(e.zoneChoice).toBeNull();
    }
  });

  it('explains every request it cannot place', () => {
    const booths = [
      ...row('gom-su', 'A', 2),
      ...row('lua', 'B', 3, { types: ['power', 'standard', 'power'] }),
    ];
    const inst = instance(booths, [
      req('vip', { size: 2, priority: 5, zones: ['gom-su'] }),
      req('crowded', { size: 1, priority: 1, zones: ['gom-su'] }),
      req('no-type', { types: ['food'] }),
      req('too-big', { size: 4, zones: ['lua'], types: ['standard', 'power'] }),
      req('no-pair', { size: 2, types: ['power'], zones: ['lua'] }),
      req('blocked', { zones: ['lua'], types: ['standard'] }),
      req('pin', { pinned: ['B2'], priority: 1 }),
    ]);
    for (const res of run(inst)) {
      const reason = (id: string) => res.unassigned.find((u) => u.request === id)?.reason;
      expect(reason('crowded')).toMatch(
        /^no free standard booth in gom-su: 2 of the 2 such booths are taken \(2 by higher-priority requests\)/,
      );
      expect(reason('no-type')).toBe('no food booth exists in any zone');
      expect(reason('too-big')).toMatch(
        /no connected block of 4 standard or power booths exists in lua: the largest connected group of such booths has 3/,
      );
      expect(reason('no-pair')).toMatch(/no connected pair of power booths exists in lua/);
      expect(reason('blocked')).toMatch(/pinned to other requests/);
      expect(res.unassigned).toHaveLength(5);
    }
  });

  it('handles an empty fair', () => {
    for (const res of run(instance([], []))) {
      expect(res).toMatchObject({
        assignments: [],
        unassigned: [],
        score: 0,
        stats: { requests: 0, booths: 0 },
      });
    }
  });

  it('keeps the contract fields of each assignment exactly, explanation aside', () => {
    const res = allocate(instance(row('gom-su', 'A', 2), [req('r')]));
    expect(Object.keys(res).sort()).toEqual(['assignments', 'score', 'stats', 'unassigned']);
    expect(Object.keys(res.assignments[0]).sort()).toEqual(['booths', 'explanation', 'request']);
    expect(Object.keys(res.stats).sort()).toEqual(['booths', 'millis', 'requests']);
    expect(
      allocate(instance(row('gom-su', 'A', 2), [req('r')]), { explain: false }).assignments[0],
    ).toEqual({
      request: 'r',
      booths: [expect.any(String)],
    });
  });
});
