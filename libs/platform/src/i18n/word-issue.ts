import type { Language, Texts } from './language';

/** What fills a template: a list param reads "a, b, c" unless prepared before. */
export type IssueParams = Readonly<Record<string, string | number | readonly string[]>>;

/**
 * One issue of a catalogue (stable code → vi/en template) in `language`: each `{name}` is
 * filled from `params`; a placeholder without a param stays as it is, so a missing one shows.
 * Catalogues that need more (a line number, a list read "a or b") prepare their params first.
 */
export function wordIssue<Code extends string>(
  catalogue: Readonly<Record<Code, Texts>>,
  code: Code,
  params: IssueParams,
  language: Language,
): string {
  return catalogue[code][language].replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    if (value === undefined) return whole;
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}
