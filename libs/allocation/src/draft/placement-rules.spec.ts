import { validateInstance } from '../engine';
import { checkPlacement, explainPlacement, InstanceIndex } from './placement-rules';

const index = new InstanceIndex(
  validateInstance({
    booths: [
      { id: 'A-01', zone: 'may-tre-dan', type: 'standard', corner: true, neighbours: ['A-02'] },
      { id: 'A-02', zone: 'may-tre-dan', type: 'standard', neighbours: ['A-01', 'A-03'] },
      { id: 'A-03', zone: 'may-tre-dan', type: 'premium', neighbours: ['A-02'] },
      { id: 'A-04', zone: 'may-tre-dan', type: 'standard', neighbours: [] },
      { id: 'B-01', zone: 'gom-su', type: 'standard', neighbours: [] },
    ],
    requests: [
      {
        id: 'p',
        size: 2,
        types: ['standard'],
        zones: ['may-tre-dan'],
        corner: true,
        priority: 5,
        near: ['q'],
      },
      { id: 'q', size: 1, types: ['standard'], zones: ['gom-su', 'may-tre-dan'], priority: 3 },
    ],
  }),
);
const rules = (issues: { rule: string }[]) => issues.map((i) => i.rule);

describe('checkPlacement', () => {
  it('accepts a connected block of accepted booths in an accepted zone', () => {
    expect(checkPlacement(index, 'p', ['A-01', 'A-02'], new Map(), false)).toEqual([]);
  });

  it('names each rule broken', () => {
    expect(rules(checkPlacement(index, 'p', ['A-02', 'A-03'], new Map(), false))).toEqual(['type']);
    expect(rules(checkPlacement(index, 'p', ['A-01', 'A-04'], new Map(), false))).toEqual([
      'connected',
    ]);
    expect(rules(checkPlacement(index, 'p', ['A-04', 'B-01'], new Map(), false))).toEqual([
      'zone',
      'connected',
    ]);
    expect(rules(checkPlacement(index, 'p', ['A-01'], new Map(), false))).toEqual(['size']);
    expect(rules(checkPlacement(index, 'p', ['A-01', 'A-01'], new Map(), false))).toEqual([
      'duplicate',
    ]);
    expect(checkPlacement(index, 'q', ['Z-9'], new Map(), false)).toEqual([
      expect.objectContaining({ field: 'booths.0', rule: 'unknown' }),
    ]);
  });

  it('keeps size and double booking under override, and skips the rest', () => {
    expect(checkPlacement(index, 'p', ['A-04', 'B-01'], new Map(), true)).toEqual([]);
    expect(checkPlacement(index, 'q', ['A-01'], new Map([['A-01', 'p']]), true)).toEqual([
      expect.objectContaining({ rule: 'taken', booth: 'A-01', holder: 'p' }),
    ]);
  });
});

describe('explainPlacement', () => {
  it('tells zone choice, corner and near-wishes after a hand edit', () => {
    const placed = new Map([
      ['p', ['A-01', 'A-02']],
      ['q', ['A-03']],
    ]);
    const e = explainPlacement(index, 'q', ['A-03'], placed, { manual: true, override: true });
    expect(e).toMatchObject({ zone: 'may-tre-dan', zoneChoice: 2, nearMet: ['p'], pinned: true });
    expect(e.text).toBe(
      'Placed by the organiser’s override; in may-tre-dan, its second choice of zone; next to p.',
    );
    expect(
      explainPlacement(index, 'p', ['A-01', 'A-02'], new Map(), { manual: false, override: false }),
    ).toMatchObject({
      zoneChoice: 1,
      corner: { wanted: true, got: true },
      nearMissed: ['q'],
    });
  });
});
