import { FieldIssue } from '../errors/app-error';
import { ERROR_TEXTS } from './error-texts';
import { FIELD_LABELS } from './field-labels';
import { Language } from './language';
import { RULE_TEXTS_VI } from './rule-texts';
import { fillTemplate } from './word-issue';

export interface ErrorToLocalise {
  code: string;
  /** English: an AppError's own particular sentence, or the HTTP layer's fallback. */
  message: string;
  /** Whether `message` is an AppError's own sentence (English callers get it as it is). */
  own: boolean;
  fields: FieldIssue[];
  details?: Record<string, unknown>;
}

/** A field path (`contacts.0.email`) named for people: the label of its last named part. */
export function fieldLabel(field: string, language: Language): string {
  const name = field
    .split('.')
    .reverse()
    .find((part) => !/^\d+$/.test(part));
  return (name && FIELD_LABELS[name]?.[language]) ?? field;
}

function localiseField(issue: FieldIssue, language: Language): FieldIssue {
  const { rule, args, texts: worded, ...plain } = issue;
  if (worded) return { ...plain, message: worded[language] };
  const text = language === 'vi' && rule ? RULE_TEXTS_VI[rule] : undefined;
  return text ? { ...plain, message: fillTemplate(text, args ?? []) } : plain;
}

/**
 * An error answer's message and field messages in the caller's language. A validation error's
 * message names every field at fault with its label in that language.
 */
export function localiseError(
  error: ErrorToLocalise,
  language: Language,
): { message: string; fields: FieldIssue[] } {
  const fields = error.fields.map((issue) => localiseField(issue, language));
  const texts = ERROR_TEXTS[error.code];
  if (error.code === 'validation_failed' && fields.length) {
    const labels = [...new Set(error.fields.map((f) => fieldLabel(f.field, language)))];
    return {
      message: fillTemplate(ERROR_TEXTS.validation_failed[language], { fields: labels }),
      fields,
    };
  }
  if ((language === 'en' && error.own) || !texts) return { message: error.message, fields };
  return { message: fillTemplate(texts[language], error.details ?? {}), fields };
}
