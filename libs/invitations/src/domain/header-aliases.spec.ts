import { headerKey, resolveHeader } from './header-aliases';

describe('resolveHeader', () => {
  it('matches Vietnamese and English names with or without diacritics', () => {
    const result = resolveHeader([
      'STT',
      'Ho va ten (*)',
      'E-mail',
      'Đơn vị',
      'SĐT',
      'Quốc gia',
      'Ngôn ngữ',
      'Nhóm',
      'Nhãn',
      'Đồng ý',
    ]);
    expect(result).toEqual({
      ok: true,
      columns: {
        name: 1,
        email: 2,
        organisation: 3,
        phone: 4,
        country: 5,
        language: 6,
        segment: 7,
        tags: 8,
        consent: 9,
      },
    });
  });

  it('treats đ as d and ignores case and punctuation', () => {
    expect(headerKey('  ĐIỆN THOẠI: ')).toBe('dien thoai');
    expect(resolveHeader(['FULL NAME', 'Thư điện tử', 'dien thoai'])).toMatchObject({
      ok: true,
      columns: { name: 0, email: 1, phone: 2 },
    });
  });

  it('names the missing required column and what was found', () => {
    const result = resolveHeader(['Họ tên', 'Số điện thoại']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('Missing required column: email');
    expect(result.message).toContain('"Thư điện tử"');
    expect(result.message).toContain('Found: "Họ tên", "Số điện thoại"');
  });

  it('refuses two columns that mean the same field', () => {
    const result = resolveHeader(['Họ tên', 'Name', 'Email']);
    expect(result).toEqual({
      ok: false,
      message: 'Columns "Họ tên" and "Name" both mean name; keep one of them.',
    });
  });
});
