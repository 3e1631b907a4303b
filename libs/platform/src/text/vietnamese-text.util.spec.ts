import { formatVnd, searchKey, toNfc } from './vietnamese-text.util';

describe('vietnamese text', () => {
  it('maps đ/Đ and strips diacritics for search', () => {
    expect(searchKey('Phú Vinh mây tre đan')).toBe('phu vinh may tre dan');
    expect(searchKey('Đặng')).toBe('dang');
  });

  it('normalises decomposed input to NFC', () => {
    const decomposed = 'Tra\u0300ng';
    expect(toNfc(decomposed)).toBe('Tràng');
    expect(toNfc(decomposed).length).toBe(5);
  });

  it('formats đồng with dots and the currency sign', () => {
    expect(formatVnd(4_500_000).replace(/\s/g, ' ')).toBe('4.500.000 ₫');
  });
});
