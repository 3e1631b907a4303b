import { FieldResult, invalid, valid } from './field-result';

/**
 * Birth-registration province codes a CCCD starts with: the 63 provinces before the 2025
 * merger, statistics-office code with a leading 0 (Thông tư 07/2016/TT-BCA, kept by Thông tư
 * 59/2021/TT-BCA, appendix "Danh sách mã tỉnh"). Numbers issued keep them after the merger.
 */
const CCCD_PROVINCES = new Set(
  (
    '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 ' +
    '035 036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 ' +
    '070 072 074 075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 096'
  ).split(' '),
);

/**
 * Validates a 12-digit citizen ID (CCCD): province of birth registration (3 digits), a
 * century-and-sex digit, the last two digits of the birth year, then 6 serial digits.
 * The century digit is 0/1 for births in 1900–1999 and 2/3 for 2000–2099; 4–9 stand for
 * 2100–2399, so no living person has one yet and they are refused. No check digit exists.
 */
export function validateCccd(input: string, field: string): FieldResult<string> {
  const compact = input.replace(/[\s.]/g, '');
  if (!/^\d{12}$/.test(compact))
    return invalid(field, 'cccd_format', 'A citizen ID (CCCD) has 12 digits');
  if (!CCCD_PROVINCES.has(compact.slice(0, 3)))
    return invalid(
      field,
      'cccd_province',
      `A citizen ID starts with a province code (001–096); ${compact.slice(0, 3)} is none`,
    );
  if (!/[0-3]/.test(compact[3]))
    return invalid(
      field,
      'cccd_century',
      `The 4th digit of a citizen ID (century and sex) is 0–3 for people born 1900–2099`,
    );
  return valid(compact);
}
