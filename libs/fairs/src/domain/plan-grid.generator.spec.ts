import { generateGrid, mergeBooths } from './plan-grid.generator';
import { BoothPlan } from './plan.types';
import { PlanValidationError } from './plan-validation.error';
import { validatePlan } from './plan-validator';

const reference = {
  zones: [{ code: 'A', name: 'Mây tre đan' }],
  boothTypes: [{ code: 'standard', name: 'Gian tiêu chuẩn 3×3' }],
};

describe('generateGrid', () => {
  it('lays out rows of standard booths with codes, corners and side neighbours', () => {
    const booths = generateGrid({
      zone: 'A',
      type: 'standard',
      prefix: 'A-',
      rows: 2,
      columns: 3,
      origin: { x: 1, y: 2 },
    });
    expect(booths.map((b) => b.code)).toEqual(['A-01', 'A-02', 'A-03', 'A-04', 'A-05', 'A-06']);
    expect(booths[0]).toEqual({
      code: 'A-01',
      zone: 'A',
      type: 'standard',
      x: 1,
      y: 2,
      width: 3,
      height: 3,
      corner: true,
      blocked: false,
      neighbours: ['A-02'],
    });
    expect(booths[1]).toMatchObject({ x: 4, corner: false, neighbours: ['A-01', 'A-03'] });
    // Second row sits one booth depth plus a 3 m aisle lower, and is not joined to the first.
    expect(booths[3]).toMatchObject({ x: 1, y: 8, corner: true, neighbours: ['A-05'] });
    expect(validatePlan({ ...reference, booths })).toEqual([]);
  });

  it('joins back-to-back rows and puts the aisle between pairs', () => {
    const booths = generateGrid({
      zone: 'A',
      type: 'standard',
      prefix: 'B',
      rows: 3,
      columns: 2,
      origin: { x: 0, y: 0 },
      boothWidth: 2,
      boothHeight: 2.5,
      aisle: 4,
      backToBack: true,
      firstNumber: 101,
    });
    expect(booths.map((b) => [b.code, b.y])).toEqual([
      ['B101', 0],
      ['B102', 0],
      ['B103', 2.5],
      ['B104', 2.5],
      ['B105', 9],
      ['B106', 9],
    ]);
    expect(booths[0].neighbours).toEqual(['B102', 'B103']);
    expect(booths[3].neighbours).toEqual(['B103', 'B102']);
    expect(booths[4].neighbours).toEqual(['B106']); // the odd last row has no partner
    expect(booths.every((b) => b.corner)).toBe(true); // two columns: both are row ends
    expect(validatePlan({ ...reference, booths })).toEqual([]);
  });

  it('pads numbers to the width of the largest one', () => {
    const booths = generateGrid({
      zone: 'A',
      type: 'standard',
      prefix: 'C-',
      rows: 10,
      columns: 12,
      origin: { x: 0, y: 0 },
    });
    expect(booths[0].code).toBe('C-001');
    expect(booths[119].code).toBe('C-120');
  });

  it('rejects an impossible grid with every bad field', () => {
    let error: unknown;
    try {
      generateGrid({
        zone: 'A',
        type: 'standard',
        prefix: 'A-',
        rows: 0,
        columns: 2.5,
        origin: { x: 0, y: 0 },
        boothWidth: -3,
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PlanValidationError);
    expect((error as PlanValidationError).issues.map((i) => i.field)).toEqual([
      'rows',
      'columns',
      'boothWidth',
    ]);
  });
});

describe('mergeBooths', () => {
  const grid = (prefix: string, y: number) =>
    generateGrid({ zone: 'A', type: 'standard', prefix, rows: 1, columns: 2, origin: { x: 0, y } });

  it('adds new booths without touching the original plan', () => {
    const plan: BoothPlan = { ...reference, booths: grid('A-', 0) };
    const merged = mergeBooths(plan, grid('B-', 10));
    expect(merged.booths.map((b) => b.code)).toEqual(['A-01', 'A-02', 'B-01', 'B-02']);
    expect(plan.booths).toHaveLength(2);
  });

  it('refuses the whole batch when a code is already taken', () => {
    const plan: BoothPlan = { ...reference, booths: grid('A-', 0) };
    expect(() => mergeBooths(plan, grid('A-', 10))).toThrow(PlanValidationError);
    try {
      mergeBooths(plan, grid('A-', 10));
    } catch (error) {
      expect(
        (error as PlanValidationError).issues.map(({ code: _c, params: _p, ...rest }) => rest),
      ).toEqual([
        { booth: 'A-01', field: 'code', message: 'booth code already in the plan' },
        { booth: 'A-02', field: 'code', message: 'booth code already in the plan' },
      ]);
    }
  });
});
