import { applyDecorators } from '@nestjs/common';
import { IsString, Length, ValidateBy } from 'class-validator';

// PostgreSQL text cannot hold NUL, and no person types any other control character.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// Names, titles and addresses are shown on one line (labels, email subjects, CSV cells).
const BREAK = /[\t\n\r\u0085\u2028\u2029]/;

export const ONE_LINE_MESSAGE = 'must be one line of text';
export const CONTROL_MESSAGE = 'must not contain control characters';

function problem(value: unknown, multiline: boolean): string | undefined {
  if (typeof value !== 'string') return undefined; // IsString reports it
  if (CONTROL.test(value)) return CONTROL_MESSAGE;
  if (!multiline && BREAK.test(value)) return ONE_LINE_MESSAGE;
  return undefined;
}

/**
 * Free text of min–max characters without control characters. One line by default;
 * `multiline` allows line breaks and tabs (descriptions, notes, messages); `each` checks every
 * item of an array.
 */
export const IsText = (
  min: number,
  max: number,
  options: { multiline?: boolean; each?: boolean } = {},
) => {
  const { multiline = false, each } = options;
  return applyDecorators(
    IsString({ each }),
    Length(min, max, { each }),
    ValidateBy(
      {
        name: 'isText',
        validator: {
          validate: (value) => problem(value, multiline) === undefined,
          defaultMessage: (args) => {
            const values: unknown[] = Array.isArray(args?.value) ? args.value : [args?.value];
            return values.map((v) => problem(v, multiline)).find(Boolean) ?? CONTROL_MESSAGE;
          },
        },
      },
      { each },
    ),
  );
};
