import { isLegalForm, LEGAL_FORM_LABELS, LEGAL_FORMS } from './legal-form';

describe('legal forms', () => {
  it('labels every form in Vietnamese and English', () => {
    for (const form of LEGAL_FORMS) {
      expect(LEGAL_FORM_LABELS[form].vi).toBeTruthy();
      expect(LEGAL_FORM_LABELS[form].en).toBeTruthy();
    }
    expect(LEGAL_FORM_LABELS.cooperative.vi).toBe('Hợp tác xã');
  });

  it('recognises only the known values', () => {
    expect(isLegalForm('household_business')).toBe(true);
    expect(isLegalForm('company')).toBe(false);
    expect(isLegalForm(undefined)).toBe(false);
  });
});
