import { Transform } from 'class-transformer';

/** Applies `fn` to a string, or to each string of an array; anything else is left to validators. */
function textTransform(fn: (text: string) => string) {
  const one = (value: unknown) =>
    typeof value === 'string' ? fn(value.normalize('NFC').trim()) : value;
  return Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map(one) : one(value),
  );
}

/** Stored text is NFC and trimmed. */
export const TrimNfc = () => textTransform((text) => text);

/** Codes of zones and booth types are lower-case. */
export const TrimLower = () => textTransform((text) => text.toLowerCase());

/** Booth codes are upper-case, as the plan import writes them. */
export const TrimUpper = () => textTransform((text) => text.toUpperCase());
