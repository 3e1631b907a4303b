import {
  mergeBooths,
  parsePlanCsv,
  parsePlanJson,
  PLAN_ISSUE_CODES,
  PlanIssue,
  PlanValidationError,
  validatePlan,
} from '../domain';
import { PLAN_ISSUE_TEXTS, planIssueText } from './plan-issue-texts';

const reference = {
  zones: [{ code: 'gom', name: 'Gốm' }],
  boothTypes: [{ code: 'standard', name: 'Tiêu chuẩn' }],
};

function issuesOf(step: () => unknown): PlanIssue[] {
  try {
    step();
  } catch (error) {
    if (error instanceof PlanValidationError) return [...error.issues];
    throw error;
  }
  throw new Error('no issues');
}

const csvIssues = [
  // a broken header, then a file of bad rows
  ...issuesOf(() => parsePlanCsv('code,zone,,colour\n', reference)),
  ...issuesOf(() =>
    parsePlanCsv(
      [
        'code,zone,type,x,y,width,height,corner,neighbours',
        'A-01,gom,standard,0,0,3,3,no,',
        'A-01,bamboo,kiosk,4,0,3,3,,A-01',
        'A-06,gom,standard,abc,0,3,3,maybe,',
        'A-03,gom,standard,0,0,3,3,,A-09',
        'A-07,gom,standard,30,0,3,3,,A-03',
        ',gom,standard,10,0,3,3,,',
        'A-05,gom,standard,20,0,-3,3,,,extra',
      ].join('\n'),
      reference,
    ),
  ),
  ...issuesOf(() => parsePlanCsv('', reference)),
  ...issuesOf(() => parsePlanCsv(new Uint8Array([0x63, 0xff, 0xfe]), reference)),
  ...issuesOf(() => parsePlanJson('{"booths": [3, {"code": "B", "size": 2}], "x": 1}', reference)),
  ...issuesOf(() => parsePlanJson('{"booths": 3}', reference)),
  ...issuesOf(() => parsePlanJson('{"booths": [', reference)),
];

describe('plan issues: stable codes with params', () => {
  it('every issue carries a known code', () => {
    expect(csvIssues.length).toBeGreaterThan(10);
    for (const issue of csvIssues) expect(PLAN_ISSUE_CODES).toContain(issue.code);
  });

  it('names the values a reader needs in params, not only in the English sentence', () => {
    const byCode = (code: string) => csvIssues.find((i) => i.code === code);
    expect(byCode('zone_unknown')).toMatchObject({ line: 3, params: { zone: 'bamboo' } });
    expect(byCode('type_unknown')?.params).toEqual({ type: 'kiosk' });
    expect(byCode('not_number')).toMatchObject({ field: 'x', params: { value: 'abc' } });
    expect(byCode('not_yes_no')?.params).toEqual({ value: 'maybe' });
    expect(byCode('neighbour_unknown')?.params).toEqual({ neighbour: 'A-09' });
    expect(byCode('row_extra_values')?.params).toEqual({ values: 10, columns: 9 });
    expect(byCode('code_duplicate')?.params).toEqual({ other: 'A-01', otherLine: 2 });
    expect(byCode('column_unknown')?.params).toMatchObject({ column: 'colour' });
    expect(byCode('neighbour_not_mutual')?.params).toEqual({
      booth: 'A-07',
      neighbour: 'A-03',
      neighbourLine: 5,
    });
  });

  it('gives another booth its line in the file', () => {
    const issues = validatePlan(
      {
        ...reference,
        booths: [
          {
            code: 'A',
            zone: 'gom',
            type: 'standard',
            x: 0,
            y: 0,
            width: 3,
            height: 3,
            corner: false,
            blocked: false,
            neighbours: [],
          },
          {
            code: 'B',
            zone: 'gom',
            type: 'standard',
            x: 1,
            y: 1,
            width: 3,
            height: 3,
            corner: false,
            blocked: false,
            neighbours: [],
          },
        ],
      },
      { lines: [2, 3] },
    );
    expect(issues).toEqual([
      expect.objectContaining({ code: 'overlap', params: { other: 'A', otherLine: 2 } }),
    ]);
    expect(planIssueText(issues[0], 'vi')).toBe('chồng lên gian A (dòng 2)');
    expect(planIssueText(issues[0], 'en')).toBe('overlaps booth A (line 2)');
  });

  it('words every issue in English exactly as the domain’s own sentence', () => {
    for (const issue of csvIssues) expect(planIssueText(issue, 'en')).toBe(issue.message);
  });

  it('words every issue in Vietnamese, with every placeholder filled', () => {
    for (const issue of csvIssues) {
      const text = planIssueText(issue, 'vi');
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).not.toBe(issue.message);
    }
    const dup = issuesOf(() =>
      mergeBooths({ ...reference, booths: [] }, [
        {
          code: 'A',
          zone: 'gom',
          type: 'standard',
          x: 0,
          y: 0,
          width: 1,
          height: 1,
          corner: false,
          blocked: false,
          neighbours: [],
        },
        {
          code: 'A',
          zone: 'gom',
          type: 'standard',
          x: 2,
          y: 0,
          width: 1,
          height: 1,
          corner: false,
          blocked: false,
          neighbours: [],
        },
      ]),
    );
    expect(planIssueText(dup[0], 'vi')).toBe('mã gian đã có trong sơ đồ');
  });

  it('has both languages for every code', () => {
    for (const code of PLAN_ISSUE_CODES) {
      expect(PLAN_ISSUE_TEXTS[code].vi).toBeTruthy();
      expect(PLAN_ISSUE_TEXTS[code].en).toBeTruthy();
    }
  });
});
