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

/** Zone and booth type codes are lower-case, as the floor plan stores them. */
export const TrimLower = () => textTransform((text) => text.toLowerCase());

/** UUIDs compare lower-case. */
export const LowerUuid = () => textTransform((text) => text.toLowerCase());

/** Absent is fine, null is not: for PATCH fields whose column is NOT NULL. */
export const IsOptionalNotNull = () => ValidateIf((_object, value) => value !== undefined);

// PostgreSQL text cannot hold NUL, and no reason or note needs a control character.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Free text: a string of min–max characters without control characters. */
export const IsText = (min: number, max: number) =>
  applyDecorators(
    IsString(),
    Length(min, max),
    ValidateBy({
      name: 'isText',
      validator: {
        validate: (value) => typeof value !== 'string' || !CONTROL.test(value),
        defaultMessage: () => 'must not contain control characters',
      },
    }),
  );

export const CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const CODE_MESSAGE = 'each must be a code like may-tre-dan (lower-case letters, digits, -)';

/** Up to 15 digits: a trillion đồng fits with room to spare, bigint never overflows. */
const MONEY = /^(0|[1-9]\d{0,14})$/;
export const MONEY_MESSAGE = 'must be a whole number of đồng, e.g. "4500000" (at most 15 digits)';

/** Integer đồng: a string of digits or a whole JSON number, kept as a string. */
export function IsMoney(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => {
      if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)
        return String(value);
      return typeof value === 'string' ? value.trim() : value;
    }),
    Matches(MONEY, { message: MONEY_MESSAGE }),
  );
}

/** A query-string boolean: "true"/"false" only. */
export const QueryBoolean = () =>
  Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  );

/**
 * Optional free text that becomes required when `required(dto)` holds: one message either way
 * ("is required to …" or what is wrong with the text), so the field is named once.
 */
export function IsReason<T>(
  max: number,
  required: (dto: T) => boolean,
  requiredMessage: string,
): PropertyDecorator {
  let message = '';
  return applyDecorators(
    ValidateIf((dto: T, value) => value !== undefined || required(dto)),
    ValidateBy({
      name: 'isReason',
      validator: {
        validate: (value) => {
          if (value === undefined || value === null) message = requiredMessage;
          else if (typeof value !== 'string') message = 'must be a string';
          else if (value.length < 1 || value.length > max)
            message = `must be 1–${max} characters long`;
          else if (CONTROL.test(value)) message = 'must not contain control characters';
          else return true;
          return false;
        },
        defaultMessage: () => message,
      },
    }),
  );
}
