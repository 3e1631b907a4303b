import { CalendarDate, isCalendarDate } from '@hoicho/platform/domain';
import { FieldResult, invalid, valid } from './field-result';

/** An OCOP product rating as printed on its certificate. */
export interface OcopRating {
  stars: number;
  /** Last day the certificate is valid (3–5 star certificates run 36 months). */
  expiresOn: CalendarDate;
}

/** A rating with the certificate's issue date, when the producer gave it. */
export interface OcopCertificate extends OcopRating {
  issuedOn: CalendarDate | null;
}

export const OCOP_MIN_STARS = 1;
export const OCOP_MAX_STARS = 5;
/** Decision 148/QĐ-TTg: a certificate is valid for 36 months from its issue. */
export const OCOP_VALIDITY_MONTHS = 36;

/** The date `months` later; a day the month lacks falls back to its last day (as PostgreSQL). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0));
  target.setUTCDate(Math.min(day, lastDay.getUTCDate()));
  return target.toISOString().slice(0, 10);
}

export function validateOcopRating(input: {
  stars: unknown;
  expiresOn: unknown;
  issuedOn?: unknown;
}): FieldResult<OcopCertificate> {
  const { stars, expiresOn, issuedOn = null } = input;
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
  if (issuedOn === null) return valid({ stars, expiresOn, issuedOn });
  if (typeof issuedOn !== 'string' || !isCalendarDate(issuedOn)) {
    return invalid('issuedOn', 'date_invalid', 'Issue date must be a date (YYYY-MM-DD)');
  }
  if (expiresOn < issuedOn) {
    return invalid('expiresOn', 'ocop_expiry_order', 'A certificate expires after its issue');
  }
  const latest = addMonths(issuedOn, OCOP_VALIDITY_MONTHS);
  if (expiresOn > latest) {
    return invalid(
      'expiresOn',
      'ocop_validity',
      `An OCOP certificate is valid at most 36 months: issued ${issuedOn}, it expires by ${latest}`,
    );
  }
  return valid({ stars, expiresOn, issuedOn });
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
