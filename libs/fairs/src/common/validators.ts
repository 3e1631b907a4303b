import { ValidateBy, ValidationOptions } from 'class-validator';
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
