import { hasValidCheckDigit, validateTaxCode } from './tax-code.util';

describe('validateTaxCode', () => {
  it.each(['0100233488', '0100109106'])('accepts the enterprise code %s', (code) => {
    expect(validateTaxCode(code, 'enterprise')).toEqual({ ok: true, value: code });
  });

  it('accepts a branch code with or without the dash and returns the dashed form', () => {
    expect(validateTaxCode('0314409058-002', 'enterprise')).toEqual({
      ok: true,
      value: '0314409058-002',
    });
    expect(validateTaxCode('0314409058002', 'cooperative')).toEqual({
      ok: true,
      value: '0314409058-002',
    });
  });

  it('tolerates spaces and dots between digit groups', () => {
    expect(validateTaxCode(' 0100 233 488 ', 'cooperative_group')).toEqual({
      ok: true,
      value: '0100233488',
    });
  });

  it('rejects a wrong check digit with a reason', () => {
    expect(validateTaxCode('0100233480', 'enterprise')).toEqual({
      ok: false,
      field: 'taxCode',
      code: 'tax_code_check_digit',
      message: 'Tax code 0100233480 has a wrong check digit',
    });
  });

  it('treats a computed check of 10 as invalid', () => {
    // Nine zeros give sum 0, so check = 10 − 0 = 10, which no digit can match.
    for (let last = 0; last <= 9; last++) {
      expect(hasValidCheckDigit(`000000000${last}`)).toBe(false);
    }
  });

  it('rejects branch 000, wrong lengths, letters and empty input', () => {
    expect(validateTaxCode('0314409058-000', 'enterprise')).toMatchObject({
      ok: false,
      code: 'tax_code_branch',
    });
    for (const bad of ['010023348', '01002334881', '0100233488-01', 'MST0100233488']) {
      expect(validateTaxCode(bad, 'enterprise')).toMatchObject({ code: 'tax_code_format' });
    }
    expect(validateTaxCode('  ', 'enterprise')).toMatchObject({ code: 'required' });
  });

  it('does not accept a 12-digit citizen ID for an enterprise', () => {
    expect(validateTaxCode('001203004567', 'enterprise')).toMatchObject({ ok: false });
  });

  it("accepts a household business's 12-digit CCCD and its older 10-digit code", () => {
    expect(validateTaxCode('001203004567', 'household_business')).toEqual({
      ok: true,
      value: '001203004567',
    });
    expect(validateTaxCode('0100233488', 'household_business')).toMatchObject({ ok: true });
    expect(validateTaxCode('0100233480', 'household_business')).toMatchObject({
      code: 'tax_code_check_digit',
    });
    expect(validateTaxCode('00120300456', 'household_business')).toMatchObject({
      code: 'tax_code_format',
      message: expect.stringContaining('citizen ID'),
    });
  });
});
