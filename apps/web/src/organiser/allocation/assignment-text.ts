import type { TFunction } from 'i18next';
import { type PlaceNames, placeName } from '@allocation-rules/draft/place-names';

/** What the board knows of why a producer stands where it does (the draft's assignment). */
export interface AssignmentFit {
  zone: string;
  zoneChoice: number | null;
  zonesWished: readonly string[];
  corner: { wanted: boolean; got: boolean };
  nearMet: readonly { producerName: string }[];
  nearMissed: readonly { producerName: string }[];
  pinned: boolean;
  manual: boolean;
  override: boolean;
}

const ORDINAL_EN: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** "1st", "2nd" in English; a plain number where the sentence says "thứ 2". */
function ordinal(n: number, language: string): string {
  if (language !== 'en') return String(n);
  return `${n}${ORDINAL_EN[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)]}`;
}

/**
 * Why a producer got its booths, in the language on screen, with the zone by name and its
 * neighbours by producer name: built from the assignment's facts, not the API's English line.
 */
export function assignmentText(
  t: TFunction,
  language: string,
  a: AssignmentFit,
  names?: PlaceNames,
): string {
  const zone = placeName(a.zone, names?.zones.get(a.zone));
  const list = (items: readonly { producerName: string }[]) =>
    new Intl.ListFormat(language, { type: 'conjunction' }).format(items.map((i) => i.producerName));
  const parts: string[] = [];
  if (a.override) parts.push(t('reasons.assignment.override'));
  else if (a.manual) parts.push(t('reasons.assignment.manual'));
  else if (a.pinned) parts.push(t('reasons.assignment.pinned'));
  if (a.zonesWished.length === 0) parts.push(t('reasons.assignment.anyZone', { zone }));
  else if (a.zoneChoice !== null)
    parts.push(t('reasons.assignment.choice', { zone, rank: ordinal(a.zoneChoice, language) }));
  else parts.push(t('reasons.assignment.notChosen', { zone }));
  if (a.corner.wanted)
    parts.push(t(a.corner.got ? 'reasons.assignment.corner' : 'reasons.assignment.noCorner'));
  if (a.nearMet.length) parts.push(t('reasons.assignment.nearMet', { names: list(a.nearMet) }));
  if (a.nearMissed.length)
    parts.push(t('reasons.assignment.nearMissed', { names: list(a.nearMissed) }));
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
