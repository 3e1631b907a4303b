// The "max" metadata knows which number ranges are allocated to mobiles and landlines, so it
// rejects numbers like 0712 345 678 that have the right length but no operator.
import {
  type CountryCode,
  isSupportedCountry,
  type PhoneNumber,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';
import { FieldResult, invalid } from './field-result';

export interface VietnamesePhone {
  /** E.164, the stored form: +84912345678. */
  e164: string;
  /** The way Vietnamese people write it: 0912 345 678, 024 3825 1234. */
  national: string;
  type: 'mobile' | 'fixed_line';
}

/** A number of any country, in its stored form. */
export interface AnyPhone {
  /** E.164: +84912345678, +821012345678. */
  e164: string;
  /** ISO 3166-1 alpha-2 of the number, when the number says it. */
  country?: string;
}

const FIELD = 'phone';
// What people put around the digits. Letters are refused: the library would read "0912abc" as
// a vanity number (a, b, c = 2) and "0912 345 678 ext" as a number with text around it.
const PHONE_CHARACTERS = /^[+\d\s().\-/]+$/;

/** The whole input as one valid number (nothing extracted from text), or undefined. */
function parseWhole(input: string, region: string | undefined): PhoneNumber | undefined {
  const text = input.trim();
  if (!PHONE_CHARACTERS.test(text)) return undefined;
  const defaultCountry = region && isSupportedCountry(region) ? (region as CountryCode) : 'VN';
  const phone = parsePhoneNumberFromString(text, { defaultCountry, extract: false });
  return phone?.isValid() ? phone : undefined;
}

/** Accepts 0912345678, +84 912 345 678, 0084…, (024) 3825-1234; returns the stored forms. */
export function normalisePhone(input: string): FieldResult<VietnamesePhone> {
  if (input.trim() === '') return invalid(FIELD, 'required', 'Phone number is required');
  const phone = parseWhole(input, 'VN');
  if (!phone) {
    return invalid(
      FIELD,
      'phone_invalid',
      'Not a valid Vietnamese phone number (mobile 0xx xxx xxxx or landline such as 024 xxxx xxxx)',
    );
  }
  if (phone.country !== 'VN') {
    return invalid(FIELD, 'phone_not_vietnamese', 'Only Vietnamese (+84) numbers are accepted');
  }
  const type = phone.getType();
  if (type !== 'MOBILE' && type !== 'FIXED_LINE') {
    // Hotlines (1800/1900) and similar cannot take a call back or an SMS from the organiser.
    return invalid(FIELD, 'phone_not_personal', 'Give a mobile or landline number, not a hotline');
  }
  return {
    ok: true,
    value: {
      e164: phone.number,
      national: phone.formatNational(),
      type: type === 'MOBILE' ? 'mobile' : 'fixed_line',
    },
  };
}

/**
 * A phone number of any country (visitors come from abroad), checked with the same library and
 * rules as producers' numbers: written nationally for `region` (the person's country; Việt Nam
 * when unknown) or internationally (+49 …, 0049 …). Digits only that are not a number of the
 * region are tried once more with the "+" a spreadsheet drops from a number cell
 * (821012345678 → +82 10 1234 5678).
 */
export function normaliseAnyPhone(input: string, region?: string): FieldResult<AnyPhone> {
  if (input.trim() === '') return invalid(FIELD, 'required', 'Phone number is required');
  const digits = input.trim();
  const phone =
    parseWhole(input, region) ??
    (/^[1-9]\d{7,14}$/.test(digits) ? parseWhole(`+${digits}`, region) : undefined);
  if (!phone) {
    return invalid(FIELD, 'phone_invalid', `"${input.trim()}" is not a valid phone number`);
  }
  return {
    ok: true,
    value: { e164: phone.number, ...(phone.country ? { country: phone.country } : {}) },
  };
}
