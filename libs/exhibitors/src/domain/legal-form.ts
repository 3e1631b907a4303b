/** Legal forms of an exhibiting producer; support programmes and tax-code rules depend on it. */
export const LEGAL_FORMS = [
  'enterprise',
  'cooperative',
  'cooperative_group',
  'household_business',
] as const;

export type LegalForm = (typeof LEGAL_FORMS)[number];

export const LEGAL_FORM_LABELS: Readonly<Record<LegalForm, { vi: string; en: string }>> = {
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprise' },
  cooperative: { vi: 'Hợp tác xã', en: 'Cooperative' },
  cooperative_group: { vi: 'Tổ hợp tác', en: 'Cooperative group' },
  household_business: { vi: 'Hộ kinh doanh', en: 'Household business' },
};

export function isLegalForm(value: unknown): value is LegalForm {
  return typeof value === 'string' && (LEGAL_FORMS as readonly string[]).includes(value);
}
