import { normaliseAnyPhone } from '@hoicho/exhibitors/domain';
import { AppError } from '@hoicho/platform';

/**
 * A phone typed by hand (organiser's form, self-registration) checked and stored as E.164 with
 * the same library and rules as imports: written nationally for the visitor's country (Việt Nam
 * when none) or internationally. `null`/`undefined` pass through (cleared / not given); a number
 * that is not one is a 400 naming `phone`.
 */
export function visitorPhone<T extends string | null | undefined>(
  input: T,
  country: string | null | undefined,
): T | string {
  if (input === null || input === undefined) return input;
  const checked = normaliseAnyPhone(input, country ?? undefined);
  if (checked.ok) return checked.value.e164;
  throw AppError.validation([{ field: 'phone', message: checked.message, rule: checked.code }]);
}
