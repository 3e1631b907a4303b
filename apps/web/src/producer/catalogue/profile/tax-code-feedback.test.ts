import { describe, expect, it } from 'vitest';
import { taxCodeFeedback, taxCodeProblem } from './tax-code-feedback';

describe('taxCodeFeedback', () => {
  it('says nothing wrong while a code is still being typed', () => {
    expect(taxCodeFeedback('', 'cooperative')).toEqual({ kind: 'hint' });
    expect(taxCodeFeedback('0100 233', 'cooperative')).toEqual({
      kind: 'progress',
      count: 7,
      of: 10,
    });
    expect(taxCodeFeedback('01002334', 'household_business')).toEqual({
      kind: 'progress',
      count: 8,
      of: 12,
    });
  });

  it('checks the check digit with the API’s rule once ten digits are in', () => {
    expect(taxCodeFeedback('0100233488', 'cooperative')).toEqual({ kind: 'valid' });
    expect(taxCodeFeedback('0100.233.480', 'enterprise')).toEqual({
      kind: 'invalid',
      reason: 'tax_code_check_digit',
    });
  });

  it('judges the main part of a branch code before the suffix is complete', () => {
    expect(taxCodeFeedback('0314409058-00', 'enterprise')).toEqual({
      kind: 'progress',
      count: 12,
      of: 13,
    });
    expect(taxCodeFeedback('0314409050-00', 'enterprise')).toEqual({
      kind: 'invalid',
      reason: 'tax_code_check_digit',
    });
    expect(taxCodeFeedback('0314409058-002', 'enterprise')).toEqual({ kind: 'valid' });
    expect(taxCodeFeedback('0314409058-000', 'enterprise')).toEqual({
      kind: 'invalid',
      reason: 'tax_code_branch',
    });
  });

  it('wants the owner’s 12-digit CCCD from a household business', () => {
    expect(taxCodeFeedback('001203012345', 'household_business')).toEqual({ kind: 'valid' });
    expect(taxCodeFeedback('00120301234567', 'household_business')).toEqual({
      kind: 'invalid',
      reason: 'household_format',
    });
    expect(taxCodeFeedback('00120301234a', 'household_business')).toEqual({
      kind: 'invalid',
      reason: 'household_format',
    });
  });

  it('says which part of a 12-digit CCCD cannot be', () => {
    expect(taxCodeFeedback('000000000000', 'household_business')).toEqual({
      kind: 'invalid',
      reason: 'cccd_province',
    });
    expect(taxCodeFeedback('001503012345', 'household_business')).toEqual({
      kind: 'invalid',
      reason: 'cccd_century',
    });
  });

  it('refuses letters and too many digits from other forms', () => {
    expect(taxCodeFeedback('01002334AB', 'cooperative')).toEqual({
      kind: 'invalid',
      reason: 'tax_code_format',
    });
    expect(taxCodeFeedback('01002334881234', 'cooperative')).toEqual({
      kind: 'invalid',
      reason: 'tax_code_format',
    });
  });
});

describe('taxCodeProblem', () => {
  it('lets an empty or valid code be saved and names why an unfinished one cannot', () => {
    expect(taxCodeProblem('', 'enterprise')).toBeNull();
    expect(taxCodeProblem('0100109106', 'enterprise')).toBeNull();
    expect(taxCodeProblem('01001091', 'enterprise')).toBe('tax_code_format');
    expect(taxCodeProblem('00120301234', 'household_business')).toBe('household_format');
    expect(taxCodeProblem('0100233480', 'cooperative')).toBe('tax_code_check_digit');
  });
});
