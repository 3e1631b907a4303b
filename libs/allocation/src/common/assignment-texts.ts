import { type Language, type Texts, wordIssue } from '@hoicho/platform';
import { type PlaceNames, placeName } from '../draft/place-names';

/** The facts of why a request got its booths, with its neighbours already named. */
export interface AssignmentFacts {
  zone: string;
  zoneChoice: number | null;
  zonesWished: readonly string[];
  corner: { wanted: boolean; got: boolean };
  nearMet: readonly string[];
  nearMissed: readonly string[];
  pinned: boolean;
  manual: boolean;
  override: boolean;
}

type Part =
  | 'override'
  | 'manual'
  | 'pinned'
  | 'any_zone'
  | 'choice'
  | 'not_chosen'
  | 'corner'
  | 'no_corner'
  | 'near_met'
  | 'near_missed';

/**
 * The parts of "why this producer stands here", per language. The web words the same facts
 * from its own catalogue; these are the API's `explanation`.
 */
export const ASSIGNMENT_TEXTS: Record<Part, Texts> = {
  override: { vi: 'ban tổ chức xếp vượt quy tắc', en: 'placed with the organiser’s override' },
  manual: { vi: 'ban tổ chức xếp tay', en: 'placed by the organiser’s hand' },
  pinned: { vi: 'ban tổ chức đã ghim', en: 'pinned by the organiser' },
  any_zone: {
    vi: 'ở {zone}, hồ sơ nhận khu nào cũng được',
    en: 'in {zone}, any zone being acceptable',
  },
  choice: { vi: 'ở {zone}, khu hồ sơ chọn thứ {rank}', en: 'in {zone}, its {rank} choice of zone' },
  not_chosen: {
    vi: 'ở {zone}, không thuộc các khu hồ sơ chọn',
    en: 'in {zone}, not among its chosen zones',
  },
  corner: { vi: 'ở góc như mong muốn', en: 'on a corner as wished' },
  no_corner: { vi: 'không ở góc', en: 'not on a corner' },
  near_met: { vi: 'cạnh {names}', en: 'next to {names}' },
  near_missed: { vi: 'không cạnh {names}', en: 'not next to {names}' },
};

const ORDINAL_EN: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** "2nd" in English; "2" where the sentence says "thứ 2". */
function ordinal(n: number, language: Language): string {
  if (language !== 'en') return String(n);
  return `${n}${ORDINAL_EN[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)]}`;
}

/** Why a request got its booths, in `language`, the zone by name when `names` are given. */
export function assignmentText(a: AssignmentFacts, language: Language, names?: PlaceNames): string {
  const zone = placeName(a.zone, names?.zones.get(a.zone));
  const and = (items: readonly string[]) =>
    new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  const parts: [Part, Record<string, string>][] = [];
  if (a.override) parts.push(['override', {}]);
  else if (a.manual) parts.push(['manual', {}]);
  else if (a.pinned) parts.push(['pinned', {}]);
  if (a.zonesWished.length === 0) parts.push(['any_zone', { zone }]);
  else if (a.zoneChoice !== null)
    parts.push(['choice', { zone, rank: ordinal(a.zoneChoice, language) }]);
  else parts.push(['not_chosen', { zone }]);
  if (a.corner.wanted) parts.push([a.corner.got ? 'corner' : 'no_corner', {}]);
  if (a.nearMet.length) parts.push(['near_met', { names: and(a.nearMet) }]);
  if (a.nearMissed.length) parts.push(['near_missed', { names: and(a.nearMissed) }]);
  const text = parts
    .map(([part, params]) => wordIssue(ASSIGNMENT_TEXTS, part, params, language))
    .join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
