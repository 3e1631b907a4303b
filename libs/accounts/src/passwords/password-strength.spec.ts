import { checkPasswordStrength } from './password-strength';

describe('password strength', () => {
  it.each([
    ['aaaaaaaaaa', 'pattern'],
    ['0123456789', 'pattern'],
    ['password12', 'common'],
    ['qwertyuiop', 'common'],
  ])('refuses %s (%s)', (password, weakness) => {
    expect(checkPasswordStrength(password, [])).toEqual({ ok: false, weakness });
  });

  it('refuses Vietnamese favourites and passwords built from the person’s own details', () => {
    expect(checkPasswordStrength('anhyeuem123', []).ok).toBe(false);
    expect(checkPasswordStrength('matkhau2026', []).ok).toBe(false);
    expect(checkPasswordStrength('phuvinh2026', ['htx.phuvinh2026@gmail.com'])).toEqual({
      ok: false,
      weakness: expect.any(String),
    });
  });

  it('takes a few unusual words, with or without diacritics', () => {
    for (const password of [
      'gốm men lam ba trăm năm',
      'mot cau mat khau de nho 2026',
      'Qx7!mPz#2vLk',
    ])
      expect(checkPasswordStrength(password, ['nsx@phuvinh.vn'])).toEqual({ ok: true });
  });
});
