import { explainAssignment, explainUnassigned } from './explain';
import { buildModel } from './model';
import { instance, req, row } from './testing/fixtures';
import { validateInstance } from './validate-instance';
import type { AllocationInstance } from './instance.types';

/** Model plus placements given by booth ids per request id. */
function setup(inst: AllocationInstance, placed: Record<string, string[]>) {
  const model = buildModel(validateInstance(inst));
  const placements = inst.requests.map((r) =>
    placed[r.id] ? Int32Array.from(placed[r.id].map((b) => model.boothIndex.get(b)!)) : null,
  );
  const index = (id: string) => model.requestIndex.get(id)!;
  return {
    why: (id: string) => explainAssignment(model, placements, index(id)),
    whyNot: (id: string) => explainUnassigned(model, placements, index(id)).reason,
  };
}

describe('explanations', () => {
  const booths = [...row('gom-su', 'A', 4), ...row('lua', 'B', 3)];

  it('says which zone choice, corner and near-wishes an assignment met', () => {
    const inst = instance(booths, [
      req('r', { zones: ['lua', 'gom-su'], corner: true, near: ['s', 't', 'u'] }),
      req('s'),
      req('t'),
      req('u'),
    ]);
    const { why } = setup(inst, { r: ['A1'], s: ['A2'], t: ['B1'] });
    expect(why('r')).toEqual({
      zone: 'gom-su',
      zoneChoice: 2,
      corner: { wanted: true, got: true },
      nearMet: ['s'],
      nearMissed: ['t', 'u'],
      pinned: false,
      text: 'In gom-su, its 2nd choice of zone; on a corner as wished; next to s; not next to t, u (unassigned).',
    });
    expect(why('s').nearMet).toEqual(['r']);
  });

  it('says when a wished corner was not to be had, and when any zone would do', () => {
    const inst = instance(booths, [req('r', { corner: true })]);
    expect(setup(inst, { r: ['A2'] }).why('r').text).toBe(
      'In gom-su (any zone was acceptable); no corner booth was free for it.',
    );
  });

  it('gives the reason a request is left out', () => {
    const inst = instance(booths, [
      req('big', { size: 3, priority: 4, zones: ['gom-su'] }),
      req('mid', { size: 1, priority: 2, zones: ['gom-su'] }),
      req('pair', { size: 2, priority: 2, zones: ['gom-su'] }),
      req('food', { types: ['food'], zones: ['lua', 'gom-su'] }),
      req('four', { size: 4, zones: ['lua'] }),
    ]);
    const { whyNot } = setup(inst, { big: ['A1', 'A2', 'A3'], mid: ['A4'] });
    expect(whyNot('pair')).toBe(
      'no free connected pair of standard booths in gom-su: 4 of the 4 such booths are taken (3 by higher-priority requests, 1 by requests of equal priority)',
    );
    expect(whyNot('food')).toBe('no food booth exists in lua or gom-su');
    expect(whyNot('four')).toBe(
      'no connected block of 4 standard booths exists in lua: the largest connected group of such booths has 3',
    );
  });

  it('points at free booths that are too scattered', () => {
    const inst = instance(booths, [
      req('mid', { priority: 3, zones: ['lua'] }),
      req('pair', { size: 2, zones: ['lua'] }),
    ]);
    expect(setup(inst, { mid: ['B2'] }).whyNot('pair')).toBe(
      'no free connected pair of standard booths in lua: 1 of the 3 such booths is taken (1 by higher-priority requests); the 2 still free are not connected enough',
    );
  });
});
