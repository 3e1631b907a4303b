import { validateTaxCode } from '@rules/tax-code.util';

/** The legal forms, as the shared rule names them. */
export type LegalForm = Parameters<typeof validateTaxCode>[1];

/** What the tax-code field says while the producer types it. */
export type TaxCodeFeedback =
  | { kind: 'hint' }
  | { kind: 'progress'; count: number; of: number }
  | { kind: 'valid' }
  | {
      kind: 'invalid';
      reason:
        | 'tax_code_format'
        | 'tax_code_check_digit'
        | 'tax_code_branch'
        | 'household_format'
        | 'cccd_province'
        | 'cccd_century';
    };

type Reason = Extract<TaxCodeFeedback, { kind: 'invalid' }>['reason'];

/**
 * Live feedback from the API's own rule (`@rules/tax-code`): nothing is judged until the
 * code is as long as it should be, then the check digit (or the CCCD's province and century digits) is.
 * A household business gives the owner's 12-digit CCCD; other forms 10 digits, 13 with a branch.
 */
export function taxCodeFeedback(input: string, legalForm: LegalForm): TaxCodeFeedback {
  const compact = input.replace(/[\s.]/g, '');
  if (compact === '') return { kind: 'hint' };
  const household = legalForm === 'household_business';
  if (!/^[\d-]+$/.test(compact)) return invalid(household, 'tax_code_format');
  const digits = compact.replace('-', '').length;
  if (household && digits < 12) return { kind: 'progress', count: digits, of: 12 };
  if (!household && digits < 10) return { kind: 'progress', count: digits, of: 10 };
  if (!household && digits < 13) {
    // The first ten digits can be checked while the branch suffix is still being typed.
    const main = validateTaxCode(compact.slice(0, 10), legalForm);
    if (!main.ok) return invalid(household, main.code);
    if (digits > 10) return { kind: 'progress', count: digits, of: 13 };
  }
  const result = validateTaxCode(compact, legalForm);
  return result.ok ? { kind: 'valid' } : invalid(household, result.code);
}

function invalid(household: boolean, code: string): TaxCodeFeedback {
  if (['tax_code_check_digit', 'tax_code_branch', 'cccd_province', 'cccd_century'].includes(code))
    return { kind: 'invalid', reason: code as Reason };
  return { kind: 'invalid', reason: household ? 'household_format' : 'tax_code_format' };
}

/** What saving says of the code: none when empty or valid, else why it cannot be saved. */
export function taxCodeProblem(input: string, legalForm: LegalForm): Reason | null {
  const feedback = taxCodeFeedback(input, legalForm);
  if (feedback.kind === 'invalid') return feedback.reason;
  if (feedback.kind === 'progress')
    return legalForm === 'household_business' ? 'household_format' : 'tax_code_format';
  return null;
}
