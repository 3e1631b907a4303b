import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, Length, Matches, ValidateBy, ValidateIf } from 'class-validator';

/** Trims and NFC-normalises a string; anything else is left to the validators. */
export const TrimNfc = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.normalize('NFC').trim() : value,
  );

/** Absent is fine, null is not: for PATCH fields whose column is NOT NULL. */
export const IsOptionalNotNull = () => ValidateIf((_object, value) => value !== undefined);

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

const MONEY = /^(0|[1-9]\d{0,14})$/;

/**
 * Integer đồng: a digit string or a whole JSON number on the way in, a digit string always
 * on the way out (JSON numbers lose precision above 2^53).
 */
export const IsMoney = () =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => {
      if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)
        return String(value);
      return typeof value === 'string' ? value.trim() : value;
    }),
    Matches(MONEY, {
      message: 'must be a whole number of đồng, e.g. "2500000" (at most 15 digits)',
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
