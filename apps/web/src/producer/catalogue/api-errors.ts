import type { TFunction } from 'i18next';
import { ApiError, isApiError } from '@web/api/api-error';
import { producerCatalogue } from '@web/i18n/vi/producer-catalogue';

const REASONS = producerCatalogue.reasons;
type Reason = keyof typeof REASONS;

const isReason = (code: unknown): code is Reason =>
  typeof code === 'string' && Object.hasOwn(REASONS, code);

/**
 * The API names why a field was refused: `details.reasons` maps field → stable code, and a
 * one-field conflict (tax_code_taken) carries it as the error's code. Where this catalogue
 * knows the code, the field shows its words in the user's language; otherwise the API's own
 * message, which follows Accept-Language wherever the API translates it.
 */
export function localiseFieldErrors(error: unknown, t: TFunction): unknown {
  if (!isApiError(error) || !error.fields.length) return error;
  const reasons = (error.details.reasons ?? {}) as Record<string, string>;
  const fields = error.fields.map((issue) => {
    const code = reasons[issue.field] ?? (error.fields.length === 1 ? error.code : undefined);
    return isReason(code) ? { ...issue, message: t(`producerCatalogue.reasons.${code}`) } : issue;
  });
  // The top of the form points at the fields; each field says what is wrong with it.
  return new ApiError(
    error.status,
    error.code,
    t('producerCatalogue.invalidFields'),
    fields,
    error.details,
  );
}

/** Runs a request and rethrows its error with the field messages localised. */
export async function withLocalisedErrors<T>(request: Promise<T>, t: TFunction): Promise<T> {
  try {
    return await request;
  } catch (error) {
    throw localiseFieldErrors(error, t);
  }
}
