import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ValidateBy, ValidateIf } from 'class-validator';

// PostgreSQL text cannot hold NUL, and no reason or note needs a control character.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const CODE_MESSAGE = 'each must be a code like may-tre-dan (lower-case letters, digits, -)';

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
