/**
 * The name in the language on screen, Vietnamese when there is no English one. Takes `nameEn`
 * loosely: some nullable names are still typed as objects in the generated client.
 */
export const nameIn = (item: { nameVi: string; nameEn?: unknown }, language: string): string =>
  language === 'en' && typeof item.nameEn === 'string' && item.nameEn ? item.nameEn : item.nameVi;

/** A nullable string field of the API (typed loosely in the generated client, see above). */
export const textOf = (value: unknown): string | null => (typeof value === 'string' ? value : null);
