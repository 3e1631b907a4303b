/**
 * Outcome of validating one user-supplied value. Validators return this instead of throwing,
 * because a bad tax code or phone typed into a form is expected input, not a failure.
 * `code` is stable (for translation and tests); `message` is English for logs and API clients.
 */
export type FieldResult<T> =
  { ok: true; value: T } | { ok: false; field: string; code: string; message: string };

export function valid<T>(value: T): FieldResult<T> {
  return { ok: true, value };
}

export function invalid<T = never>(field: string, code: string, message: string): FieldResult<T> {
  return { ok: false, field, code, message };
}
