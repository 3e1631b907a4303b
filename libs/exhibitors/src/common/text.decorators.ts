import { applyDecorators } from '@nestjs/common';
import { IsString, Length, Matches, ValidateBy } from 'class-validator';
import { TrimLower } from '@hoicho/platform';

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
