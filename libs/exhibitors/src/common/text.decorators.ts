import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, Length, Matches, ValidateBy, ValidateIf } from 'class-validator';

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

/** Codes and emails are lower-case. */
export const TrimLower = () => textTransform((text) => text.toLowerCase());

/** Absent is fine, null is not: for PATCH fields whose column is NOT NULL. */
export const IsOptionalNotNull = () => ValidateIf((_object, value) => value !== undefined);

// PostgreSQL text cannot hold NUL, and no name or address needs a control character.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Free text: a string of min–max characters without control characters. */
export const IsText = (min: number, max: number, each = false) =>
  applyDecorators(
    IsString({ each }),
    Length(min, max, { each }),
    ValidateBy(
      {
        name: 'isText',
        validator: {
          validate: (value) => typeof value !== 'string' || !CONTROL.test(value),
          defaultMessage: () => 'must not contain control characters',
        },
      },
      { each },
    ),
  );

/** Reference codes (craft categories): lower-case letters, digits and dashes. */
export const CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const CODE_MESSAGE = 'must be 1–40 lower-case letters, digits or dashes, e.g. may-tre-dan';

export const IsCode = () =>
  applyDecorators(TrimLower(), IsString(), Matches(CODE, { message: CODE_MESSAGE }));
