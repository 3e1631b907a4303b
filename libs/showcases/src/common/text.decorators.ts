import { applyDecorators } from '@nestjs/common';
import { IsString, Length, ValidateBy } from 'class-validator';

// PostgreSQL text cannot hold NUL, and no name or note needs a control character (\n is fine).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Free text of min–max characters without control characters. */
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

/** "YYYY-MM-DD" that names a real calendar day. */
export const IsCalendarDay = () =>
  ValidateBy({
    name: 'isCalendarDay',
    validator: {
      validate: (value) => {
        if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
        const date = new Date(`${value}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
      },
      defaultMessage: () => 'must be a date like 2026-10-10',
    },
  });
