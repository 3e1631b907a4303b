/**
 * A field the API refused, as the error body names it (`field` is the machine name; `message`
 * is in the language the request asked for with Accept-Language).
 */
export interface FieldIssue {
  field: string;
  message: string;
  line?: number;
  /** A domain problem's stable code and params, for the screen to word (organiser/reasons.ts). */
  code?: string;
  params?: Record<string, string | number>;
}

/** An answer other than 2xx, with the body every API error shares. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldIssue[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  static from(status: number, body: unknown): ApiError {
    const b = (body ?? {}) as Partial<{
      code: string;
      message: string;
      fields: FieldIssue[];
      details: Record<string, unknown>;
    }>;
    return new ApiError(
      status,
      b.code ?? 'http_' + status,
      b.message ?? `HTTP ${status}`,
      Array.isArray(b.fields) ? b.fields : [],
      b.details ?? {},
    );
  }

  /** The field messages keyed by field, for a form to show beside each control. */
  fieldErrors(): Record<string, string> {
    const errors: Record<string, string> = {};
    for (const issue of this.fields) errors[issue.field] ??= issue.message;
    return errors;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
