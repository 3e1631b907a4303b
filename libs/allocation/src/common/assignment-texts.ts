import { type Language, type Texts, wordIssue } from '@hoicho/platform';
import {
  type AssignmentFacts,
  type AssignmentPart,
  asSentence,
  assignmentParts,
} from '../draft/assignment-parts';
import { type PlaceNames, placeName } from '../draft/place-names';

/**
 * The parts of "why this producer stands here", per language. The web words the same parts
 * from its own catalogue; these are the API's `explanation`.
 */
export const ASSIGNMENT_TEXTS: Record<AssignmentPart, Texts> = {
  override: { vi: 'ban tổ chức xếp vượt quy tắc', en: 'placed with the organiser’s override' },
  manual: { vi: 'ban tổ chức xếp tay', en: 'placed by the organiser’s hand' },
  pinned: { vi: 'ban tổ chức đã ghim', en: 'pinned by the organiser' },
  anyZone: {
    vi: 'ở {zone}, hồ sơ nhận khu nào cũng được',
    en: 'in {zone}, any zone being acceptable',
  },
  choice: { vi: 'ở {zone}, khu hồ sơ chọn thứ {rank}', en: 'in {zone}, its {rank} choice of zone' },
  notChosen: {
    vi: 'ở {zone}, không thuộc các khu hồ sơ chọn',
    en: 'in {zone}, not among its chosen zones',
  },
  corner: { vi: 'ở góc như mong muốn', en: 'on a corner as wished' },
  noCorner: { vi: 'không ở góc', en: 'not on a corner' },
  nearMet: { vi: 'cạnh {names}', en: 'next to {names}' },
  nearMissed: { vi: 'không cạnh {names}', en: 'not next to {names}' },
};

/** Why a request got its booths, in `language`, the zone by name when `names` are given. */
export function assignmentText(a: AssignmentFacts, language: Language, names?: PlaceNames): string {
  const zone = placeName(a.zone, names?.zones.get(a.zone));
  return asSentence(
    assignmentParts(a, zone, language).map(([part, params]) =>
      wordIssue(ASSIGNMENT_TEXTS, part, params, language),
    ),
  );
}
