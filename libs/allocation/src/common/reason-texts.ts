import { type IssueParams, type Language, type Texts, wordIssue } from '@hoicho/platform';
import type { ReasonParams, UnassignedCode } from '../engine';
import type { PlacementIssueCode } from '../draft/placement-issue-codes';
import { type PlaceNames, withPlaceNames } from '../draft/place-names';

/**
 * The allocation's reasons in words, per language: why a request got no booths, and what a
 * hand placement breaks. `{name}` is filled from the params; a list param reads "a, b or c"
 * (`{types}`, `{where}`); `{block}` is "booth", "connected pair" or "connected block of n";
 * `all_taken_whole` is `all_taken` with no booth of the kind left free.
 * The web words the same codes from its own catalogue; these are the API's `reason`/`message`.
 */
export const UNASSIGNED_TEXTS: Record<UnassignedCode | 'all_taken_whole', Texts> = {
  no_such_booth: {
    vi: 'không có gian loại {types} nào ở {where}',
    en: 'no booth of type {types} exists in {where}',
  },
  no_block_big_enough: {
    vi: 'không có {block} loại {types} ở {where}: nhóm liền nhau lớn nhất chỉ có {largest} gian',
    en: 'no {block} of type {types} exists in {where}: the largest connected group of such booths has {largest}',
  },
  pinned_elsewhere: {
    vi: 'mọi {block} loại {types} ở {where} đều có gian ban tổ chức đã ghim cho hồ sơ khác',
    en: 'every {block} of type {types} in {where} includes booths the organiser pinned to other requests',
  },
  all_taken: {
    vi: 'không còn {block} loại {types} trống ở {where}: {taken}/{total} gian như vậy đã có người (ưu tiên cao hơn: {higher}, bằng: {equal}, thấp hơn: {lower}); {free} gian còn trống không đủ liền nhau',
    en: 'no free {block} of type {types} in {where}: {taken} of the {total} such booths are taken (higher priority: {higher}, equal: {equal}, lower: {lower}); booths still free ({free}) are not connected enough',
  },
  all_taken_whole: {
    vi: 'không còn {block} loại {types} trống ở {where}: cả {total} gian như vậy đã có người (ưu tiên cao hơn: {higher}, bằng: {equal}, thấp hơn: {lower})',
    en: 'no free {block} of type {types} in {where}: all {total} such booths are taken (higher priority: {higher}, equal: {equal}, lower: {lower})',
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

/**
 * A reason's params ready for its template: zones and types by name (when `names` are given),
 * `types` and `where` read "a, b or c", `block` the block phrase.
 */
function reasonParams(params: ReasonParams, language: Language, names?: PlaceNames): IssueParams {
  const named = withPlaceNames(params, names);
  const zones = named.zones;
  return {
    ...named,
    where: Array.isArray(zones) && zones.length > 0 ? orList(zones, language) : ANY_ZONE[language],
    block: typeof named.size === 'number' ? block(named.size, language) : '',
    ...(Array.isArray(named.types) ? { types: orList(named.types, language) } : {}),
  };
}

/** Why a request got no booths, in `language`; zones and types by name when `names` are given. */
export function unassignedText(
  code: UnassignedCode,
  params: ReasonParams,
  language: Language,
  names?: PlaceNames,
): string {
  // With every fitting booth taken the free ones are not named: none is left to speak of.
  const worded = code === 'all_taken' && !(Number(params.free) > 0) ? 'all_taken_whole' : code;
  return wordIssue(UNASSIGNED_TEXTS, worded, reasonParams(params, language, names), language);
}

/** What a hand placement breaks, in `language`; zones and types by name when given. */
export const placementText = (
  code: PlacementIssueCode,
  params: ReasonParams,
  language: Language,
  names?: PlaceNames,
) => wordIssue(PLACEMENT_TEXTS, code, reasonParams(params, language, names), language);
