import { ValidateBy, ValidationOptions } from 'class-validator';
import { isCalendarDate, isLocalTime, parseInstant } from '@hoicho/platform/domain';

export const INSTANT_MESSAGE =
  'must be a date and time like 2026-09-01T08:00 (Hà Nội time) or with an offset, 2026-09-01T01:00Z';

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
        validate: (value) => typeof value === 'string' && isCalendarDate(value),
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
