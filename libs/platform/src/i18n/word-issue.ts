import type { Language, Texts } from './language';

/** What fills a template: a list param reads "a, b, c" unless prepared before. */
export type IssueParams = Readonly<Record<string, string | number | readonly string[]>>;

/**
 * A template with each `{name}` (or `{0}`) filled from `params`, lists joined "a, b"; a
 * placeholder without its param stays as it is, so a missing one shows.
 */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, unknown>> | readonly unknown[],
): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = (params as Readonly<Record<string, unknown>>)[key];
    if (value === undefined) return whole;
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}

/**
 * One issue of a catalogue (stable code → vi/en template) in `language`, filled from `params`.
 * Catalogues that need more (a line number, a list read "a or b") prepare their params first.
 */
export function wordIssue<Code extends string>(
  catalogue: Readonly<Record<Code, Texts>>,
  code: Code,
  params: IssueParams,
  language: Language,
): string {
  return fillTemplate(catalogue[code][language], params);
}
