import { PasswordWeakness } from './password-strength';

/** The reason beside the password field, in the language of the person choosing it. */
export const PASSWORD_WEAKNESS_MESSAGES: Record<PasswordWeakness, { vi: string; en: string }> = {
  common: {
    vi: 'Mật khẩu này quá phổ biến, dễ bị đoán: hãy dùng vài từ ít gặp ghép lại',
    en: 'is too common and easy to guess: put a few unusual words together',
  },
  personal: {
    vi: 'Mật khẩu dựa trên email hoặc tên của bạn, dễ bị đoán: hãy chọn mật khẩu khác',
    en: 'is built from your email or name and easy to guess: choose another',
  },
  pattern: {
    vi: 'Mật khẩu là chuỗi lặp, dãy liên tiếp, hàng phím hoặc ngày tháng, dễ bị đoán',
    en: 'is a repeat, a sequence, a keyboard row or a date, and easy to guess',
  },
  guessable: {
    vi: 'Mật khẩu quá dễ đoán: hãy dài hơn, ghép vài từ ít gặp',
    en: 'is too easy to guess: make it longer, with a few unusual words',
  },
};
