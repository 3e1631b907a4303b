// The "max" metadata knows which number ranges are allocated to mobiles and landlines, so it
// rejects numbers like 0712 345 678 that have the right length but no operator.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { FieldResult, invalid } from './field-result';

export interface VietnamesePhone {
  /** E.164, the stored form: +84912345678. */
  e164: string;
  /** The way Vietnamese people write it: 0912 345 678, 024 3825 1234. */
  national: string;
  type: 'mobile' | 'fixed_line';
}

const FIELD = 'phone';

/** Accepts 0912345678, +84 912 345 678, 0084…, (024) 3825-1234; returns the stored forms. */
export function normalisePhone(input: string): FieldResult<VietnamesePhone> {
  if (input.trim() === '') return invalid(FIELD, 'required', 'Phone number is required');
  const phone = parsePhoneNumberFromString(input, 'VN');
  if (!phone || !phone.isValid()) {
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
