import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { Matches } from 'class-validator';

/*
 * Money is integer đồng stored as bigint. JSON numbers lose precision above 2^53, so amounts
 * leave the API as strings of digits ("450000"); on the way in a string of digits or a whole
 * JSON number is accepted and kept as a string.
 */
const MONEY = /^(0|[1-9]\d{0,14})$/;

export const MONEY_MESSAGE = 'must be a whole number of đồng, e.g. "450000" (at most 15 digits)';

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
