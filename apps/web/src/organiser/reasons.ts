import type { TFunction } from 'i18next';
import type { PlanIssueCode } from '@plan-rules/plan-issue-codes';
import type { UnassignedCode } from '@allocation-rules/engine/reason-codes';
import { type PlaceNames, withPlaceNames } from '@allocation-rules/draft/place-names';
import type { RunWarningCode } from '@allocation-rules/runs/run-warning-codes';
import type { PlacementIssueCode } from '@allocation-rules/draft/placement-issue-codes';

/*
 * Reasons the API and the pure rules give as codes with params, worded from the `reasons`
 * catalogue in the language on screen. Without a code (an answer from before codes, or a
 * refusal of another kind) the sentence that came with it is shown as it is.
 */

export type ReasonParams = Record<string, string | number | readonly string[]>;

const list = (items: readonly string[], language: string) =>
  new Intl.ListFormat(language, { type: 'disjunction' }).format(items);

/** Params ready for a template: lists joined, `xAt` = x with its file line when known. */
export function wordParams(t: TFunction, params: ReasonParams, language: string) {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = Array.isArray(value) ? list(value, language) : (value as string | number);
    const line = params[`${key}Line`];
    out[`${key}At`] =
      line === undefined ? String(out[key]) : t('reasons.withLine', { code: out[key], line });
  }
  return out;
}

/** A floor plan problem in words: from the domain validator, or an API refusal's field. */
export function planIssueText(
  t: TFunction,
  language: string,
  issue: { code?: string; params?: ReasonParams; message: string },
): string {
  if (!issue.code) return issue.message;
  const key = `reasons.plan.${issue.code as PlanIssueCode}` as const;
  return t(key, { ...wordParams(t, issue.params ?? {}, language), defaultValue: issue.message });
}

/** A plan's zone and booth-type names in the language on screen, to word reasons with. */
export function placeNamesOf(
  plan: {
    zones: readonly { code: string; nameVi: string; nameEn?: string | null }[];
    boothTypes: readonly { code: string; nameVi: string; nameEn?: string | null }[];
  },
  language: string,
): PlaceNames {
  const name = (p: { nameVi: string; nameEn?: string | null }) =>
    language === 'en' ? (p.nameEn ?? p.nameVi) : p.nameVi;
  return {
    zones: new Map(plan.zones.map((z) => [z.code, name(z)])),
    types: new Map(plan.boothTypes.map((b) => [b.code, name(b)])),
  };
}

/** Why an application got no booth, in words; zones and booth types by name when given. */
export function unassignedText(
  t: TFunction,
  language: string,
  u: { code: UnassignedCode | null; params: ReasonParams; reason: string },
  names?: PlaceNames,
): string {
  if (!u.code) return u.reason;
  const named = withPlaceNames(u.params, names);
  const params = wordParams(t, named, language);
  const size = Number(u.params.size ?? 1);
  const zones = named.zones;
  const block =
    size === 1
      ? t('reasons.blockOne')
      : size === 2
        ? t('reasons.blockTwo')
        : t('reasons.blockMany', { size });
  const where =
    Array.isArray(zones) && zones.length > 0 ? list(zones, language) : t('reasons.anyZone');
  const code = u.code === 'all_taken' && Number(u.params.free) > 0 ? 'all_taken_scattered' : u.code;
  return t(`reasons.unassigned.${code}`, { ...params, block, where, defaultValue: u.reason });
}

/** What a run could not keep (a pin, published booths), with the producers named. */
export function runWarningText(
  t: TFunction,
  w: { code: RunWarningCode; params: ReasonParams; message: string },
): string {
  const { booths, ...rest } = w.params;
  const listed = Array.isArray(booths) ? booths.join(', ') : booths;
  return t(`reasons.warning.${w.code}`, { ...rest, booths: listed, defaultValue: w.message });
}

/** What a placement breaks, in words: zones and booth types by name, `types` read "a or b". */
export function placementText(
  t: TFunction,
  language: string,
  issue: { code: PlacementIssueCode; params: ReasonParams },
  names?: PlaceNames,
): string {
  const named = withPlaceNames(issue.params, names);
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(named)) {
    params[key] = !Array.isArray(value)
      ? (value as string | number)
      : key === 'types'
        ? list(value, language)
        : value.join(', ');
  }
  return t(`reasons.placement.${issue.code}`, params);
}
