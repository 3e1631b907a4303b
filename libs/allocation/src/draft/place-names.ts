/*
 * Reasons carry zone and booth-type codes ("gom-su", "Z1", "STD"); people read names. The API
 * and the web both word a reason with its codes turned into names here, in one language.
 */

/** A fair's zone and booth-type names in one language, by code. */
export interface PlaceNames {
  zones: ReadonlyMap<string, string>;
  types: ReadonlyMap<string, string>;
}

/** The params naming a zone or a booth type, and where their names are found. */
const PLACE_PARAMS: Record<string, keyof PlaceNames> = {
  zone: 'zones',
  zones: 'zones',
  type: 'types',
  types: 'types',
};

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * A zone or type as people read it: its name, with the code after it when the code says
 * something the name does not ("Khu A – Mây tre đan (Z1)", but "Mây tre đan" for may-tre-dan).
 */
export function placeName(code: string, name: string | undefined): string {
  if (!name || name === code) return code;
  return slug(name) === slug(code) ? name : `${name} (${code})`;
}

/** The params with their zone and booth-type codes turned into names (others unchanged). */
export function withPlaceNames<P extends Readonly<Record<string, unknown>>>(
  params: P,
  names: PlaceNames | undefined,
): P {
  if (!names) return params;
  const named: Record<string, unknown> = { ...params };
  for (const [key, value] of Object.entries(params)) {
    const map = PLACE_PARAMS[key] && names[PLACE_PARAMS[key]];
    if (!map) continue;
    if (typeof value === 'string') named[key] = placeName(value, map.get(value));
    else if (Array.isArray(value))
      named[key] = value.map((code: string) => placeName(code, map.get(code)));
  }
  return named as P;
}
