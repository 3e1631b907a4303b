import type { PlanIssue } from './plan-validation.error';
import { Booth, BoothPlan } from './plan.types';
import { PlanValidationError } from './plan-validation.error';
import { assertValidPlan, isBoothCode, validatePlan } from './plan-validator';

const booth = (code: string, x: number, neighbours: string[] = [], extra: Partial<Booth> = {}) => ({
  code,
  zone: 'A',
  type: 'standard',
  x,
  y: 0,
  width: 3,
  height: 3,
  corner: false,
  blocked: false,
  neighbours,
  ...extra,
});

const plan = (...booths: Booth[]): BoothPlan => ({
  zones: [{ code: 'A', name: 'Gốm sứ' }],
  boothTypes: [{ code: 'standard', name: 'Tiêu chuẩn' }],
  booths,
});

describe('validatePlan', () => {
  it('accepts a sound plan, including booths that only touch', () => {
    expect(validatePlan(plan(booth('A-01', 0, ['A-02']), booth('A-02', 3, ['A-01'])))).toEqual([]);
  });

  it("names both booths of an asymmetric neighbour pair, with the other booth's line", () => {
    const issues = validatePlan(plan(booth('A-01', 0, ['A-02']), booth('A-02', 3)), {
      lines: [2, 3],
    });
    expect(issues.map(words)).toEqual([
      {
        line: 2,
        booth: 'A-01',
        field: 'neighbours',
        message: 'A-01 lists A-02 as a neighbour but A-02 (line 3) does not list A-01',
      },
    ]);
  });

  it('reports unknown zone and type, duplicate code, self and missing neighbours', () => {
    const issues = validatePlan(
      plan(booth('A-01', 0, ['A-01', 'Z-99'], { zone: 'Q', type: 'huge' }), booth('A-01', 10)),
    );
    expect(issues.map((i) => [i.booth, i.field, i.message])).toEqual([
      ['A-01', 'zone', 'unknown zone "Q"'],
      ['A-01', 'type', 'unknown booth type "huge"'],
      ['A-01', 'neighbours', 'a booth cannot be its own neighbour'],
      ['A-01', 'neighbours', 'unknown neighbour Z-99'],
      ['A-01', 'code', 'duplicate booth code, already used by A-01'],
    ]);
  });

  it('does not report neighbours that failed to parse as unknown', () => {
    const issues = validatePlan(plan(booth('A-01', 0, ['A-02'])), {
      unparsedCodes: new Set(['A-02']),
    });
    expect(issues).toEqual([]);
  });

  it('rejects bad codes and geometry', () => {
    const issues = validatePlan(
      plan(booth('A 01', 0), booth('A-02', -1, [], { width: 0, height: Number.NaN })),
    );
    expect(issues.map((i) => i.field)).toEqual(['code', 'x', 'width', 'height']);
    expect(isBoothCode('Đ-01')).toBe(true);
    expect(isBoothCode('-01')).toBe(false);
  });

  it('finds overlapping booths and reports them on the later line', () => {
    const issues = validatePlan(
      plan(booth('A-01', 0), booth('A-02', 2.5), booth('A-03', 0, [], { y: 3 })),
      { lines: [2, 3, 4] },
    );
    expect(issues.map(words)).toEqual([
      { line: 3, booth: 'A-02', field: 'position', message: 'overlaps booth A-01 (line 2)' },
    ]);
  });

  it('does not call float rounding an overlap', () => {
    const a = booth('A-01', 0, [], { width: 0.1 + 0.2 });
    expect(validatePlan(plan(a, booth('A-02', 0.3)))).toEqual([]);
  });

  it('throws every issue at once from assertValidPlan', () => {
    expect(() => assertValidPlan(plan(booth('A-01', 0, ['X']), booth('A-01', 5)))).toThrow(
      PlanValidationError,
    );
  });
});

/** An issue as these tests word it: its codes are checked in plan/plan-issue-texts.spec.ts. */
function words({ code: _code, params: _params, ...rest }: PlanIssue) {
  return rest;
}
