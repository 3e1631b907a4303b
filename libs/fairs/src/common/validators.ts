import { applyDecorators } from '@nestjs/common';
import { IsString, Length, ValidateBy, ValidationOptions } from 'class-validator';
import { INSTANT_MESSAGE, isLocalDate, isLocalTime, parseInstant } from './hcm-time';

export const IsInstant = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: (value) => typeof value === 'string' && parseInstant(value) !== undefined,
        defaultMessage: () => INSTANT_MESSAGE,
      },
    },
    options,
  );

export const IsLocalDate = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isLocalDate',
      validator: {
        validate: (value) => typeof value === 'string' && isLocalDate(value),
        defaultMessage: () => 'must be a date like 2026-10-10',
      },
    },
    options,
  );

export const IsLocalTime = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isLocalTime',
      validator: {
        validate: (value) => typeof value === 'string' && isLocalTime(value),
        defaultMessage: () => 'must be a time like 08:30 (00:00–23:59)',
      },
    },
    options,
  );

// PostgreSQL text cannot hold NUL, and no name or address needs a control character.
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
