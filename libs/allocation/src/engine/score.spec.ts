import { scoreAssignments } from './score';
import { contractScore } from './testing/check-result';
import { instance, req, row } from './testing/fixtures';

describe('scoreAssignments', () => {
  // A1..A4 in gom-su (A1, A4 corners), B1..B2 in lua (both corners).
  const booths = [...row('gom-su', 'A', 4), ...row('lua', 'B', 2)];

  const both = (
    inst: Parameters<typeof scoreAssignments>[0],
    a: { request: string; booths: string[] }[],
  ) => {
    const s = scoreAssignments(inst, a);
    expect(contractScore(inst as never, a)).toBe(s);
    return s;
  };

  it('weights a request by priorityBase^(priority − 1) × (base + zone + corner)', () => {
    const inst = instance(booths, [
      req('r', { priority: 3, zones: ['gom-su', 'lua'], corner: true }),
    ]);
    expect(both(inst, [{ request: 'r', booths: ['A1'] }])).toBe(100 * (10 + 3 + 2));
    expect(both(inst, [{ request: 'r', booths: ['A2'] }])).toBe(100 * (10 + 3));
    expect(both(inst, [{ request: 'r', booths: ['B1'] }])).toBe(100 * (10 + 2 + 2));
  });

  it('gives no zone bonus past the end of weights.zone or when zones is empty', () => {
    const inst = instance(booths, [
      req('r', { zones: ['x', 'y', 'z', 'lua'] }),
      req('s', { zones: [] }),
    ]);
    expect(both(inst, [{ request: 'r', booths: ['B2'] }])).toBe(10);
    expect(both(inst, [{ request: 's', booths: ['A2'] }])).toBe(10);
  });

  it('gives no corner bonus to a request that did not ask for one', () => {
    const inst = instance(booths, [req('r')]);
    expect(both(inst, [{ request: 'r', booths: ['A1'] }])).toBe(10);
  });

  it('counts a near pair once, whichever side asked, only when they touch', () => {
    const inst = instance(booths, [
      req('r', { near: ['s'] }),
      req('s', { near: ['r'] }),
      req('t', { near: ['r'] }),
    ]);
    expect(
      both(inst, [
        { request: 'r', booths: ['A2'] },
        { request: 's', booths: ['A3'] },
      ]),
    ).toBe(25);
    expect(
      both(inst, [
        { request: 'r', booths: ['A2'] },
        { request: 's', booths: ['A4'] },
      ]),
    ).toBe(20);
    expect(
      both(inst, [
        { request: 'r', booths: ['A2'] },
        { request: 's', booths: ['A3'] },
        { request: 't', booths: ['A1'] },
      ]),
    ).toBe(30 + 10);
  });

  it('uses custom weights', () => {
    const inst = instance(
      booths,
      [req('r', { priority: 2, zones: ['lua'], corner: true, near: ['s'] }), req('s')],
      {
        priorityBase: 2,
        base: 1,
        zone: [7],
        corner: 3,
        near: 11,
      },
    );
    expect(
      both(inst, [
        { request: 'r', booths: ['B1'] },
        { request: 's', booths: ['B2'] },
      ]),
    ).toBe(2 * (1 + 7 + 3) + 1 + 11);
  });

  it('scores pinned booths across zones by their best-ranked zone', () => {
    const inst = instance(booths, [
      req('r', { size: 2, zones: ['lua', 'gom-su'], pinned: ['A4', 'B1'] }),
    ]);
    expect(both(inst, [{ request: 'r', booths: ['A4', 'B1'] }])).toBe(10 + 3);
  });

  it('is 0 for nothing assigned', () => {
    expect(both(instance(booths, [req('r')]), [])).toBe(0);
  });
});
