import { negotiateLanguage } from './language';

describe('negotiateLanguage', () => {
  it('takes the first of our languages, highest q-value first', () => {
    expect(negotiateLanguage('en')).toBe('en');
    expect(negotiateLanguage('vi-VN,vi;q=0.9,en;q=0.8')).toBe('vi');
    expect(negotiateLanguage('en-US;q=0.5, vi;q=0.8')).toBe('vi');
    expect(negotiateLanguage('fr-FR, en-GB;q=0.7, vi;q=0.3')).toBe('en');
    expect(negotiateLanguage('EN')).toBe('en');
  });

  it('ignores languages refused with q=0 and says nothing when none of ours is named', () => {
    expect(negotiateLanguage('en;q=0, vi;q=0.1')).toBe('vi');
    expect(negotiateLanguage('fr, de')).toBeUndefined();
    expect(negotiateLanguage('*')).toBeUndefined();
    expect(negotiateLanguage('')).toBeUndefined();
    expect(negotiateLanguage(undefined)).toBeUndefined();
  });
});
