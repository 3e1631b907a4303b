import { AppError } from '@hoicho/platform';
import { PASSWORD_WEAKNESS_MESSAGES } from './password-messages';
import { checkPasswordStrength } from './password-strength';

/**
 * Refuses a guessable password with a 400 naming the `password` field, the reason in the
 * language of the person choosing it. `personal`: their email, name, organisation.
 */
export function assertStrongPassword(
  password: string,
  personal: string[],
  locale: 'vi' | 'en',
): void {
  const verdict = checkPasswordStrength(password, personal);
  if (verdict.ok) return;
  const message = PASSWORD_WEAKNESS_MESSAGES[verdict.weakness][locale];
  throw new AppError(
    'validation',
    'password_too_weak',
    locale === 'vi' ? 'Mật khẩu quá dễ đoán' : 'The password is too easy to guess',
    [{ field: 'password', message }],
  );
}
