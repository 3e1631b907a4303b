import { CalendarDate, isCalendarDate } from './calendar-date';
import { FieldResult, invalid, valid } from './field-result';

/** An OCOP product rating as printed on its certificate. */
export interface OcopRating {
  stars: number;
  /** Last day the certificate is valid (3–5 star certificates run 36 months). */
  expiresOn: CalendarDate;
}

export const OCOP_MIN_STARS = 1;
export const OCOP_MAX_STARS = 5;

export function validateOcopRating(input: {
  stars: unknown;
  expiresOn: unknown;
}): FieldResult<OcopRating> {
  const { stars, expiresOn } = input;
  if (
    typeof stars !== 'number' ||
    !Number.isInteger(stars) ||
    stars < OCOP_MIN_STARS ||
    stars > OCOP_MAX_STARS
  ) {
    return invalid('stars', 'ocop_stars', 'An OCOP rating has 1 to 5 stars');
  }
  if (typeof expiresOn !== 'string' || !isCalendarDate(expiresOn)) {
    return invalid('expiresOn', 'date_invalid', 'Expiry must be a date (YYYY-MM-DD)');
  }
  return valid({ stars, expiresOn });
}

/** A certificate counts on its expiry day and not after. */
export function isOcopValid(rating: OcopRating, onDate: CalendarDate): boolean {
  return onDate <= rating.expiresOn;
}

/** Highest star count among the ratings still valid on a date; 0 when none is. */
export function bestValidOcopStars(ratings: readonly OcopRating[], onDate: CalendarDate): number {
  return ratings
    .filter((rating) => isOcopValid(rating, onDate))
    .reduce((best, rating) => Math.max(best, rating.stars), 0);
}

/** "OCOP ≥ N stars with an unexpired certificate", as support programmes phrase it. */
export function meetsOcopRequirement(
  ratings: readonly OcopRating[],
  minStars: number,
  onDate: CalendarDate,
): boolean {
  return bestValidOcopStars(ratings, onDate) >= minStars;
}
