/** The languages the platform speaks: Vietnamese first, English second. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';

/** A text in every language the platform speaks. */
export type Texts = Record<Language, string>;

/**
 * The caller's preferred language among ours from an Accept-Language header, honouring q-values
 * (`en-US;q=0.5, vi;q=0.8` is Vietnamese); undefined when it names none of ours.
 */
export function negotiateLanguage(header: string | undefined): Language | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, order) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { primary: tag.trim().toLowerCase().split('-')[0], weight, order };
    })
    .filter((range) => Number.isFinite(range.weight) && range.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  return ranked.find((range): boolean => (LANGUAGES as readonly string[]).includes(range.primary))
    ?.primary as Language | undefined;
}
