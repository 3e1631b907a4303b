import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, Length, ValidateBy } from 'class-validator';
import { normaliseEmail } from '../domain';

// PostgreSQL text cannot hold NUL, and no name needs a control character.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex -- a one-line field refuses line breaks too
const CONTROL_OR_BREAK = /[\u0000-\u001F\u007F]/;

/**
 * Free text of min–max characters; `multiline` allows line breaks (an email body), `each`
 * checks every item of an array.
 */
export const IsText = (
  min: number,
  max: number,
  options: { multiline?: boolean; each?: boolean } = {},
) =>
  applyDecorators(
    IsString({ each: options.each }),
    Length(min, max, { each: options.each }),
    ValidateBy(
      {
        name: 'isText',
        validator: {
          validate: (value) =>
            typeof value !== 'string' ||
            !(options.multiline ? CONTROL : CONTROL_OR_BREAK).test(value),
          defaultMessage: () =>
            options.multiline ? 'must not contain control characters' : 'must be one line of text',
        },
      },
      { each: options.each },
    ),
  );

/**
 * An email address as the visitor list stores it (see normaliseEmail): the transform keeps
 * the original when it is not an address, so the validator can name the field.
 */
export const IsVisitorEmail = () =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => {
      if (typeof value !== 'string') return value;
      const checked = normaliseEmail(value);
      return checked.ok ? checked.value : value;
    }),
    ValidateBy({
      name: 'isVisitorEmail',
      validator: {
        validate: (value) => typeof value === 'string' && normaliseEmail(value).ok,
        defaultMessage: () => 'must be an email address',
      },
    }),
  );
