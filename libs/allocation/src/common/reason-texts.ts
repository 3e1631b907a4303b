import type { Language, Texts } from '@hoicho/platform';
import type { ReasonParams, UnassignedCode } from '../engine';
import type { PlacementIssueCode } from '../draft/placement-issue-codes';

/**
 * The allocation's reasons in words, per language: why a request got no booths, and what a
 * hand placement breaks. `{name}` is filled from the params; a list param reads "a, b or c"
 * (`{types}`, `{zones}`); `{block}` is "booth", "connected pair" or "connected block of n".
 * The web words the same codes from its own catalogue; these are the API's `reason`/`message`.
 */
export const UNASSIGNED_TEXTS: Record<UnassignedCode, Texts> = {
  no_such_booth: {
    vi: 'không có gian loại {types} nào ở {where}',
    en: 'no {types} booth exists in {where}',
  },
  no_block_big_enough: {
    vi: 'không có {block} loại {types} ở {where}: nhóm liền nhau lớn nhất chỉ có {largest} gian',
    en: 'no {block} of {types} booths exists in {where}: the largest connected group of such booths has {largest}',
  },
  pinned_elsewhere: {
    vi: 'mọi {block} loại {types} ở {where} đều có gian ban tổ chức đã ghim cho hồ sơ khác',
    en: 'every {block} of {types} booths in {where} includes booths the organiser pinned to other requests',
  },
  all_taken: {
    vi: 'không còn {block} loại {types} trống ở {where}: {taken}/{total} gian như vậy đã có người (ưu tiên cao hơn: {higher}, bằng: {equal}, thấp hơn: {lower}); {free} gian còn trống không đủ liền nhau',
    en: 'no free {block} of {types} booths in {where}: {taken} of the {total} such booths are taken (higher priority: {higher}, equal: {equal}, lower: {lower}); {free} still free are not connected enough',
  },
  taken_out: {
    vi: 'Ban tổ chức đã rút khỏi bản nháp',
    en: 'Taken out of the draft by the organiser',
  },
};

export const PLACEMENT_TEXTS: Record<PlacementIssueCode, Texts> = {
  request_unknown: { vi: 'không thuộc lượt xếp gian này', en: 'is not in this run' },
  booth_unknown: {
    vi: 'gian {booth} không phải gian cho thuê trong sơ đồ hội chợ này',
    en: 'booth {booth} is not a bookable booth of this fair’s plan',
  },
  booth_twice: { vi: 'gian {booth} được ghi hai lần', en: 'booth {booth} is named twice' },
  size: {
    vi: 'phải chọn đúng {size} gian (hồ sơ đăng ký {size})',
    en: 'must name exactly {size} booths (the application wants {size})',
  },
  taken: { vi: 'gian {booth} đã có người', en: 'booth {booth} is taken' },
  type: {
    vi: 'gian {booth} thuộc loại {type}; hồ sơ nhận loại {types}',
    en: 'booth {booth} is of type {type}; the application accepts {types}',
  },
  zones_several: {
    vi: 'các gian nằm ở nhiều khu ({zones})',
    en: 'the booths lie in several zones ({zones})',
  },
  zone_not_wished: {
    vi: 'khu {zone} không nằm trong các khu hồ sơ chọn ({zones})',
    en: 'zone {zone} is not among the application’s zones ({zones})',
  },
  not_connected: {
    vi: 'các gian không liền thành một khối',
    en: 'the booths do not form one connected block',
  },
};

const ANY_ZONE: Texts = { vi: 'bất kỳ khu nào', en: 'any zone' };

function block(size: number, language: Language): string {
  if (language === 'vi')
    return size === 1 ? 'gian' : size === 2 ? 'cặp gian liền nhau' : `khối ${size} gian liền nhau`;
  return size === 1 ? 'booth' : size === 2 ? 'connected pair' : `connected block of ${size}`;
}

const orList = (items: readonly string[], language: Language) =>
  new Intl.ListFormat(language, { type: 'disjunction' }).format(items);

/** A reason in `language` from its template, filling lists and the block phrase. */
export function wordReason(template: Texts, params: ReasonParams, language: Language): string {
  const zones = params.zones;
  const filled: Record<string, string> = {
    where: Array.isArray(zones) && zones.length > 0 ? orList(zones, language) : ANY_ZONE[language],
    block: typeof params.size === 'number' ? block(params.size, language) : '',
  };
  for (const [key, value] of Object.entries(params)) {
    filled[key] = Array.isArray(value)
      ? key === 'types'
        ? orList(value, language)
        : value.join(', ')
      : String(value);
  }
  return template[language].replace(/\{(\w+)\}/g, (whole, key: string) => filled[key] ?? whole);
}

export const unassignedText = (code: UnassignedCode, params: ReasonParams, language: Language) =>
  wordReason(UNASSIGNED_TEXTS[code], params, language);

export const placementText = (code: PlacementIssueCode, params: ReasonParams, language: Language) =>
  wordReason(PLACEMENT_TEXTS[code], params, language);
