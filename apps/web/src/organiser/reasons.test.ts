import { describe, expect, it } from 'vitest';
import { PLAN_ISSUE_CODES } from '@plan-rules/plan-issue-codes';
import { validatePlan } from '@plan-rules/plan-validator';
import { UNASSIGNED_CODES } from '@allocation-rules/engine/reason-codes';
import { addAreaCatalogue, applyLanguage, i18n } from '@web/i18n/i18n';
import { reasons as en } from '@web/i18n/en/reasons';
import { reasons as vi } from '@web/i18n/vi/reasons';
import { RUN_WARNING_CODES } from '@allocation-rules/runs/run-warning-codes';
import { PLACEMENT_ISSUE_CODES } from '@allocation-rules/draft/placement-issue-codes';
import {
  placeNamesOf,
  placementText,
  planIssueText,
  runWarningText,
  unassignedText,
} from './reasons';

addAreaCatalogue({ reasons: vi }, async () => ({ reasons: en }));
const t = i18n.t.bind(i18n);

const overlapping = validatePlan(
  {
    zones: [{ code: 'gom', name: 'Gốm' }],
    boothTypes: [{ code: 'std', name: 'Chuẩn' }],
    booths: [
      {
        code: 'A',
        zone: 'gom',
        type: 'std',
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
        zone: 'lua',
        type: 'std',
        x: 1,
        y: 0,
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

const allTaken = {
  code: 'all_taken' as const,
  params: {
    size: 2,
    types: ['tieu-chuan'],
    zones: ['gom-su', 'lua'],
    total: 3,
    taken: 2,
    higher: 2,
    equal: 0,
    lower: 0,
    free: 1,
  },
  reason: 'no free connected pair of tieu-chuan booths in gom-su or lua: …',
};

describe('reasons worded from codes on screen', () => {
  it('has a Vietnamese and an English wording for every code the rules give', () => {
    for (const code of PLAN_ISSUE_CODES) {
      expect(vi.plan[code]).toBeTruthy();
      expect(en.plan[code]).toBeTruthy();
    }
    for (const code of PLACEMENT_ISSUE_CODES) {
      expect(vi.placement[code]).toBeTruthy();
      expect(en.placement[code]).toBeTruthy();
    }
    for (const code of UNASSIGNED_CODES) {
      expect(vi.unassigned[code]).toBeTruthy();
      expect(en.unassigned[code]).toBeTruthy();
    }
  });

  it('words a plan problem and an unassigned reason in Vietnamese, then in English', async () => {
    await applyLanguage('vi');
    expect(overlapping.map((i) => planIssueText(t, 'vi', i))).toEqual([
      'không có khu "lua"',
      'chồng lên gian A (dòng 2)',
    ]);
    expect(unassignedText(t, 'vi', allTaken)).toBe(
      'Không còn cặp gian liền nhau loại tieu-chuan trống ở gom-su hoặc lua: 2/3 gian như vậy đã có người (2 do hồ sơ ưu tiên cao hơn, 0 ngang hàng, 0 thấp hơn); 1 gian còn trống không liền nhau đủ.',
    );
    await applyLanguage('en');
    expect(overlapping.map((i) => planIssueText(t, 'en', i))).toEqual([
      'unknown zone "lua"',
      'overlaps booth A (line 2)',
    ]);
    expect(unassignedText(t, 'en', { ...allTaken, params: { ...allTaken.params, free: 0 } })).toBe(
      'No free connected pair of type tieu-chuan in gom-su or lua: 2 of 3 are taken (2 by higher priority, 0 equal, 0 lower).',
    );
    await applyLanguage('vi');
  });

  it('names zones and booth types from the plan, in the language on screen', async () => {
    const plan = {
      zones: [
        { code: 'gom-su', nameVi: 'Gốm sứ', nameEn: 'Ceramics' },
        { code: 'Z1', nameVi: 'Khu A – Mây tre đan', nameEn: null },
      ],
      boothTypes: [{ code: 'tieu-chuan', nameVi: 'Gian tiêu chuẩn', nameEn: 'Standard booth' }],
    };
    const named = { ...allTaken, params: { ...allTaken.params, zones: ['gom-su', 'Z1'] } };
    await applyLanguage('vi');
    expect(unassignedText(t, 'vi', named, placeNamesOf(plan, 'vi'))).toBe(
      'Không còn cặp gian liền nhau loại Gian tiêu chuẩn (tieu-chuan) trống ở Gốm sứ hoặc Khu A – Mây tre đan (Z1): 2/3 gian như vậy đã có người (2 do hồ sơ ưu tiên cao hơn, 0 ngang hàng, 0 thấp hơn); 1 gian còn trống không liền nhau đủ.',
    );
    await applyLanguage('en');
    expect(unassignedText(t, 'en', named, placeNamesOf(plan, 'en'))).toMatch(
      /^No free connected pair of type Standard booth \(tieu-chuan\) in Ceramics \(gom-su\) or Khu A – Mây tre đan \(Z1\):/,
    );
    await applyLanguage('vi');
  });

  it('words a broken placement rule with the zones by name', async () => {
    const names = placeNamesOf(
      {
        zones: [
          { code: 'gom-su', nameVi: 'Gốm sứ', nameEn: 'Ceramics' },
          { code: 'may-tre-dan', nameVi: 'Mây tre đan', nameEn: 'Rattan' },
        ],
        boothTypes: [],
      },
      'vi',
    );
    const issue = {
      code: 'zone_not_wished' as const,
      params: { zone: 'gom-su', zones: ['may-tre-dan', 'lua'] },
    };
    await applyLanguage('vi');
    expect(placementText(t, 'vi', issue, names)).toBe(
      'Khu Gốm sứ không nằm trong các khu hồ sơ chọn (Mây tre đan, lua)',
    );
  });

  it('words a run’s warnings from their codes, producers named', async () => {
    for (const code of RUN_WARNING_CODES) {
      expect(vi.warning[code]).toBeTruthy();
      expect(en.warning[code]).toBeTruthy();
    }
    const dropped = {
      code: 'pin_wrong_size' as const,
      params: { application: 'a1', producer: 'HTX Phú Vinh', booths: ['A-03', 'A-04'], size: 1 },
      message: 'from the API',
    };
    await applyLanguage('vi');
    expect(runWarningText(t, dropped)).toBe(
      'Bỏ qua gian ghim của HTX Phú Vinh (A-03, A-04): hồ sơ đăng ký 1 gian.',
    );
    await applyLanguage('en');
    expect(runWarningText(t, dropped)).toBe(
      'Pin of HTX Phú Vinh (A-03, A-04) ignored: the application wants 1 booth(s).',
    );
    await applyLanguage('vi');
  });

  it('shows the sentence that came along when there is no code', () => {
    expect(unassignedText(t, 'vi', { code: null, params: {}, reason: 'old reason' })).toBe(
      'old reason',
    );
    expect(planIssueText(t, 'vi', { message: 'from the API' })).toBe('from the API');
  });
});
