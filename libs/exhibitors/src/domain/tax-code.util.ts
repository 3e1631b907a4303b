import { validateCccd } from './cccd.util';
import { FieldResult, invalid, valid } from './field-result';
import { LegalForm } from './legal-form';

const FIELD = 'taxCode';
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/**
 * True when a 10-digit code's last digit matches the check digit computed from the first nine
 * (weights 31…3, check = 10 − (sum mod 11); a check of 10 is never issued, so it is invalid).
 */
export function hasValidCheckDigit(tenDigits: string): boolean {
  if (!/^\d{10}$/.test(tenDigits)) return false;
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(tenDigits[i]), 0);
  const check = 10 - (sum % 11);
  return check !== 10 && check === Number(tenDigits[9]);
}

/**
 * Validates an enterprise-style code: 10 digits, or 10 digits plus a branch suffix 001–999
 * typed with or without the dash. Returns the dashed form for branches.
 */
function validateOrganisationCode(compact: string): FieldResult<string> {
  const match = /^(\d{10})-?(\d{3})?$/.exec(compact);
  if (!match) {
    return invalid(
      FIELD,
      'tax_code_format',
      'A tax code has 10 digits, or 13 with a branch suffix (e.g. 0314409058-002)',
    );
  }
  const [, main, branch] = match;
  if (!hasValidCheckDigit(main)) {
    return invalid(FIELD, 'tax_code_check_digit', `Tax code ${main} has a wrong check digit`);
  }
  if (branch === '000') {
    return invalid(FIELD, 'tax_code_branch', 'A branch suffix runs from 001 to 999');
  }
  return valid(branch ? `${main}-${branch}` : main);
}

/**
 * Validates a tax code for a producer's legal form and returns its normalised form.
 *
 * Household businesses: since 1 July 2025 their tax code is the owner's 12-digit citizen ID
 * (CCCD: no check digit, but a real province code and century digit, see cccd.util). Codes
 * issued earlier still have 10 or 13 digits, so those are accepted when their check digit is.
 */
export function validateTaxCode(input: string, legalForm: LegalForm): FieldResult<string> {
  // People type codes with spaces or dots between groups; only digits and the dash matter.
  const compact = input.replace(/[\s.]/g, '');
  if (compact === '') return invalid(FIELD, 'required', 'Tax code is required');
  if (legalForm === 'household_business' && /^\d{12}$/.test(compact))
    return validateCccd(compact, FIELD);
  const result = validateOrganisationCode(compact);
  if (!result.ok && legalForm === 'household_business' && result.code === 'tax_code_format') {
    return invalid(
      FIELD,
      'tax_code_format',
      "A household business's tax code is the owner's 12-digit citizen ID (or an older 10-digit code)",
    );
  }
  return result;
}
