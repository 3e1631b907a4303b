import { normaliseEmail } from './email.util';

describe('normaliseEmail', () => {
  it.each([
    ['  An.Nguyen@Example.VN ', 'an.nguyen@example.vn'],
    ['mailto:ban@khuyencong.hanoi.gov.vn', 'ban@khuyencong.hanoi.gov.vn'],
    ['Nguyễn Văn An <An@Lang-Nghe.vn>', 'an@lang-nghe.vn'],
    ['buyer+fair2025@gmail.com', 'buyer+fair2025@gmail.com'],
    ['\u200Bhidden@example.com\uFEFF', 'hidden@example.com'],
    ['lien.he@công-ty.vn', 'lien.he@xn--cng-ty-ixa.vn'],
  ])('accepts %p as %p', (input, expected) => {
    expect(normaliseEmail(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['không có', 'syntax'],
    ['n/a', 'syntax'],
    ['an@@example.com', 'syntax'],
    ['an@b@example.com', 'syntax'],
    ['.an@example.com', 'syntax'],
    ['an..nguyen@example.com', 'syntax'],
    ['an nguyen@example.com', 'syntax'],
    ['@example.com', 'syntax'],
    ['an@localhost', 'domain'],
    ['an@example', 'domain'],
    ['an@-example.com', 'domain'],
    ['an@example..com', 'domain'],
    ['an@example.c', 'domain'],
    ['an@1.2.3.4', 'domain'],
    [`${'a'.repeat(65)}@example.com`, 'syntax'],
    [`a@${'b'.repeat(250)}.com`, 'too_long'],
  ])('rejects %p (%s)', (input, reason) => {
    expect(normaliseEmail(input)).toEqual({ ok: false, reason });
  });

  it('gives the same value for composed and decomposed input', () => {
    const composed = normaliseEmail('an@làng.vn');
    const decomposed = normaliseEmail('an@la\u0300ng.vn');
    expect(composed).toEqual(decomposed);
  });
});
