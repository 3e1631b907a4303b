import { InstanceIndex, checkPlacement, PLACEMENT_ISSUE_CODES } from '../draft/placement-rules';
import { allocate, UNASSIGNED_CODES, validateInstance } from '../engine';
import { instance, req, row } from '../engine/testing/fixtures';
import { PLACEMENT_TEXTS, placementText, UNASSIGNED_TEXTS, unassignedText } from './reason-texts';

const booths = [...row('gom-su', 'A', 3), ...row('lua', 'B', 2, { type: 'premium' })];

/** One request per way of being left out, and the engine's codes for each. */
function leftOut() {
  const result = allocate(
    instance(booths, [
      req('big', { size: 2, zones: ['gom-su'], priority: 5 }),
      req('late', { size: 2, zones: ['gom-su'], priority: 2 }),
      req('food', { types: ['food'] }),
      req('huge', { size: 3, types: ['premium'] }),
      req('pinner', { pinned: ['B1'], types: ['premium'], priority: 5 }),
      req('blocked', { size: 2, types: ['premium'], zones: ['lua'] }),
    ]),
  );
  return new Map(result.unassigned.map((u) => [u.request, u]));
}

describe('allocation reasons: stable codes with params', () => {
  const out = leftOut();

  it('gives each way of being left out its code and the numbers behind it', () => {
    expect(out.get('late')).toMatchObject({
      code: 'all_taken',
      params: {
        size: 2,
        types: ['standard'],
        zones: ['gom-su'],
        total: 3,
        taken: 2,
        higher: 2,
        free: 1,
      },
    });
    expect(out.get('food')).toMatchObject({ code: 'no_such_booth', params: { types: ['food'] } });
    expect(out.get('huge')).toMatchObject({
      code: 'no_block_big_enough',
      params: { size: 3, largest: 2 },
    });
    expect(out.get('blocked')).toMatchObject({ code: 'pinned_elsewhere' });
    for (const u of out.values()) expect(UNASSIGNED_CODES).toContain(u.code);
  });

  it('words every reason in Vietnamese and English with no placeholder left', () => {
    for (const u of out.values()) {
      for (const language of ['vi', 'en'] as const) {
        expect(unassignedText(u.code, u.params, language)).not.toMatch(/\{\w+\}/);
      }
    }
    const late = out.get('late')!;
    expect(unassignedText(late.code, late.params, 'vi')).toContain(
      'không còn cặp gian liền nhau loại standard trống ở gom-su',
    );
    const food = out.get('food')!;
    expect(unassignedText(food.code, food.params, 'vi')).toBe(
      'không có gian loại food nào ở bất kỳ khu nào',
    );
    expect(unassignedText(food.code, food.params, 'en')).toBe(
      'no booth of type food exists in any zone',
    );
  });

  it('names a placement’s broken rules with codes and params', () => {
    const index = new InstanceIndex(
      validateInstance(instance(booths, [req('r', { size: 2, zones: ['gom-su'] })])),
    );
    const issues = checkPlacement(index, 'r', ['A1', 'B2'], new Map(), false);
    expect(issues.map((i) => [i.code, i.params])).toEqual([
      ['type', { booth: 'B2', type: 'premium', types: ['standard'] }],
      ['zones_several', { zones: ['gom-su', 'lua'] }],
      ['not_connected', {}],
    ]);
    expect(issues.map((i) => placementText(i.code, i.params, 'vi'))).toEqual([
      'gian B2 thuộc loại premium; hồ sơ nhận loại standard',
      'các gian nằm ở nhiều khu (gom-su, lua)',
      'các gian không liền thành một khối',
    ]);
    for (const issue of issues)
      expect(placementText(issue.code, issue.params, 'en')).toBe(issue.message);
    expect(checkPlacement(index, 'r', ['A1', 'A1'], new Map(), false)[0]).toMatchObject({
      code: 'booth_twice',
      params: { booth: 'A1' },
    });
    expect(
      checkPlacement(index, 'r', ['A1', 'A2'], new Map([['A2', 's']]), false)[0],
    ).toMatchObject({ code: 'taken', params: { booth: 'A2' } });
  });

  it('names zones and booth types, keeping a code that says more than the name', () => {
    const names = {
      vi: {
        zones: new Map([
          ['gom-su', 'Gốm sứ'],
          ['Z1', 'Khu A – Mây tre đan'],
        ]),
        types: new Map([['standard', 'Gian tiêu chuẩn']]),
      },
      en: {
        zones: new Map([
          ['gom-su', 'Ceramics'],
          ['Z1', 'Hall A – Rattan'],
        ]),
        types: new Map([['standard', 'Standard booth']]),
      },
    };
    const late = out.get('late')!;
    expect(unassignedText(late.code, late.params, 'vi', names.vi)).toBe(
      'không còn cặp gian liền nhau loại Gian tiêu chuẩn (standard) trống ở Gốm sứ: ' +
        '2/3 gian như vậy đã có người (ưu tiên cao hơn: 2, bằng: 0, thấp hơn: 0); ' +
        '1 gian còn trống không đủ liền nhau',
    );
    expect(unassignedText(late.code, { ...late.params, free: 0 }, 'en', names.en)).toBe(
      'no free connected pair of type Standard booth (standard) in Ceramics (gom-su): ' +
        'all 3 such booths are taken (higher priority: 2, equal: 0, lower: 0)',
    );
    expect(
      placementText('zone_not_wished', { zone: 'Z1', zones: ['gom-su', 'lua'] }, 'vi', names.vi),
    ).toBe('khu Khu A – Mây tre đan (Z1) không nằm trong các khu hồ sơ chọn (Gốm sứ, lua)');
  });

  it('has both languages for every code', () => {
    for (const code of UNASSIGNED_CODES)
      expect(Object.keys(UNASSIGNED_TEXTS[code])).toEqual(['vi', 'en']);
    for (const code of PLACEMENT_ISSUE_CODES)
      expect(Object.keys(PLACEMENT_TEXTS[code])).toEqual(['vi', 'en']);
  });
});
