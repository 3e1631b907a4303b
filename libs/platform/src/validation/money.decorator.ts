import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { Matches } from 'class-validator';

/*
 * Money is integer đồng stored as bigint. JSON numbers lose precision above 2^53, so every
 * amount leaves the API as a string of digits ("4500000"). On the way in a string of digits
 * or a whole JSON number (up to 2^53 - 1) is accepted and kept as a string.
 */

/** Up to 15 digits: a trillion-đồng budget fits with room to spare, bigint never overflows. */
const MONEY = /^(0|[1-9]\d{0,14})$/;

export const MONEY_MESSAGE = 'must be a whole number of đồng, e.g. "4500000" (at most 15 digits)';

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

/** A bigint column as TypeORM returns it (string), or null, in its JSON form. */
export function moneyOut(value: string | null): string | null {
  return value === null ? null : BigInt(value).toString();
}
