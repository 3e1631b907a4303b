import { Transform } from 'class-transformer';
import { ValidateIf } from 'class-validator';

/** Applies `fn` to a string, or to each string of an array; anything else is left to validators. */
function textTransform(fn: (text: string) => string) {
  const one = (value: unknown) =>
    typeof value === 'string' ? fn(value.normalize('NFC').trim()) : value;
  return Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map(one) : one(value),
  );
}

/** Stored text is NFC and trimmed, inner whitespace kept as typed. */
export const TrimNfc = () => textTransform((text) => text);

/** Codes, emails and ids compare lower-case. */
export const TrimLower = () => textTransform((text) => text.toLowerCase());

/** Codes that are written upper-case (booth codes). */
export const TrimUpper = () => textTransform((text) => text.toUpperCase());

/** Absent is fine, null is not: for PATCH fields whose column is NOT NULL. */
export const IsOptionalNotNull = () => ValidateIf((_object, value) => value !== undefined);
