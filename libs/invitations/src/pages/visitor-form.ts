import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import {
  AppError,
  fieldLabel,
  Language,
  localiseError,
  validationExceptionFactory,
} from '@hoicho/platform';

/** A form's field errors for its page: beside each field, and listed at the top as links. */
export interface FormProblems {
  errors: Record<string, string>;
  errorList: { field: string; text: string }[];
}

/** What an HTML form posts: strings only, an empty field left out. */
export function formFields(body: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'string' && value.trim() !== '') fields[name] = value;
  }
  return fields;
}

/** A whole number as a form sends it ("2"); anything else is left for the rule to refuse. */
export function formInteger(value: string | undefined): number | string | undefined {
  return value !== undefined && /^\s*\d{1,3}\s*$/.test(value) ? Number(value) : value;
}

/** Validates a form's values with the API's own DTO, so a page and the API accept the same. */
export async function validForm<T extends object>(
  dto: new () => T,
  values: Record<string, unknown>,
): Promise<T> {
  const instance = plainToInstance(dto, values);
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) throw validationExceptionFactory(errors);
  return instance;
}

/** The field errors of a validation failure, worded in the page's language. */
export function formProblems(error: AppError, lang: Language): FormProblems {
  const { fields } = localiseError(
    { code: error.code, message: error.message, own: true, fields: error.fields },
    lang,
  );
  const errors: Record<string, string> = {};
  for (const issue of fields) {
    const label = fieldLabel(issue.field, lang);
    const text = `${label.charAt(0).toLocaleUpperCase(lang)}${label.slice(1)} ${issue.message}`;
    errors[issue.field] = errors[issue.field] ? `${errors[issue.field]}; ${issue.message}` : text;
  }
  return {
    errors,
    errorList: Object.entries(errors).map(([field, text]) => ({ field, text })),
  };
}
