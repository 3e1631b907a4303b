import type { TFunction } from 'i18next';
import { asSentence, assignmentParts } from '@allocation-rules/draft/assignment-parts';
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

/**
 * Why a producer got its booths, in the language on screen, with the zone by name and its
 * neighbours by producer name: the allocation's own parts, worded from the `reasons` catalogue.
 */
export function assignmentText(
  t: TFunction,
  language: string,
  a: AssignmentFit,
  names?: PlaceNames,
): string {
  const facts = {
    ...a,
    nearMet: a.nearMet.map((n) => n.producerName),
    nearMissed: a.nearMissed.map((n) => n.producerName),
  };
  const zone = placeName(a.zone, names?.zones.get(a.zone));
  return asSentence(
    assignmentParts(facts, zone, language).map(([part, params]) =>
      t(`reasons.assignment.${part}`, { ...params, defaultValue: part }),
    ),
  );
}
