import { toNfc } from '@hoicho/platform/domain';
import { FieldResult, invalid, valid } from './field-result';

/**
 * Since 1 July 2025 an address has two administrative levels, province and commune/ward, with
 * no district. The units keep changing, so the reference data is passed in, never built in.
 */
export interface AdministrativeUnitLookup {
  province(code: string): { code: string; name: string } | undefined;
  commune(code: string): { code: string; name: string; provinceCode: string } | undefined;
}

export interface AddressInput {
  provinceCode?: string | null;
  communeCode?: string | null;
  /** House number, street, hamlet (số nhà, đường, thôn/xóm). */
  detail?: string | null;
  /** The address as printed on older certificates, district included; free text. */
  formerAddress?: string | null;
}

export interface Address {
  provinceCode: string;
  communeCode: string;
  detail: string | null;
  formerAddress: string | null;
}

const MAX_DETAIL = 255;
const MAX_FORMER = 500;

function optionalText(value: string | null | undefined): string | null {
  const text = value == null ? '' : toNfc(value);
  return text === '' ? null : text;
}

/** Checks the codes against the reference data and that the commune lies in the province. */
export function validateAddress(
  input: AddressInput,
  units: AdministrativeUnitLookup,
): FieldResult<Address> {
  const provinceCode = input.provinceCode?.trim() ?? '';
  const communeCode = input.communeCode?.trim() ?? '';
  if (provinceCode === '') return invalid('provinceCode', 'required', 'Province is required');
  if (!units.province(provinceCode)) {
    return invalid('provinceCode', 'province_unknown', `Unknown province code ${provinceCode}`);
  }
  if (communeCode === '') return invalid('communeCode', 'required', 'Commune or ward is required');
  const commune = units.commune(communeCode);
  if (!commune) {
    return invalid('communeCode', 'commune_unknown', `Unknown commune code ${communeCode}`);
  }
  if (commune.provinceCode !== provinceCode) {
    return invalid(
      'communeCode',
      'commune_not_in_province',
      `${commune.name} is not in the chosen province`,
    );
  }
  const detail = optionalText(input.detail);
  if (detail && detail.length > MAX_DETAIL) {
    return invalid('detail', 'too_long', `At most ${MAX_DETAIL} characters`);
  }
  const formerAddress = optionalText(input.formerAddress);
  if (formerAddress && formerAddress.length > MAX_FORMER) {
    return invalid('formerAddress', 'too_long', `At most ${MAX_FORMER} characters`);
  }
  return valid({ provinceCode, communeCode, detail, formerAddress });
}
