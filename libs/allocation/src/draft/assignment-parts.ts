/*
 * Why a producer stands where it does, as parts the API and the web word from their own
 * catalogues (the same codes in both): pure, so the board builds the same sentence.
 */

/** The facts of an assignment, its neighbours already named. */
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

export type AssignmentPart =
  | 'override'
  | 'manual'
  | 'pinned'
  | 'anyZone'
  | 'choice'
  | 'notChosen'
  | 'corner'
  | 'noCorner'
  | 'nearMet'
  | 'nearMissed';

const ORDINAL_EN: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** "2nd" in English; "2" where the sentence says "thứ 2". */
function ordinal(n: number, language: string): string {
  if (language !== 'en') return String(n);
  return `${n}${ORDINAL_EN[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)]}`;
}

/** The parts in reading order with their params: `zone` as given, lists and ranks in `language`. */
export function assignmentParts(
  a: AssignmentFacts,
  zone: string,
  language: string,
): [AssignmentPart, Record<string, string>][] {
  const and = (items: readonly string[]) =>
    new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  const parts: [AssignmentPart, Record<string, string>][] = [];
  if (a.override) parts.push(['override', {}]);
  else if (a.manual) parts.push(['manual', {}]);
  else if (a.pinned) parts.push(['pinned', {}]);
  if (a.zonesWished.length === 0) parts.push(['anyZone', { zone }]);
  else if (a.zoneChoice !== null)
    parts.push(['choice', { zone, rank: ordinal(a.zoneChoice, language) }]);
  else parts.push(['notChosen', { zone }]);
  if (a.corner.wanted) parts.push([a.corner.got ? 'corner' : 'noCorner', {}]);
  if (a.nearMet.length) parts.push(['nearMet', { names: and(a.nearMet) }]);
  if (a.nearMissed.length) parts.push(['nearMissed', { names: and(a.nearMissed) }]);
  return parts;
}

/** Worded parts as one sentence: "A; b; c." */
export function asSentence(worded: readonly string[]): string {
  const text = worded.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
