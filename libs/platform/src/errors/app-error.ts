/** What kind of failure an error is; the HTTP layer maps each kind to one status. */
export type ErrorKind =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'unprocessable'
  | 'too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'unavailable';

export interface FieldIssue {
  field: string;
  message: string;
  line?: number;
  /** The validation rule broken and its arguments: the answer's language is chosen from them. */
  rule?: string;
  args?: unknown[];
  /** A domain problem's stable code and parameters, sent as they are for screens to word. */
  code?: string;
  params?: Record<string, string | number>;
  /** The message in each language, when the area that raised it words its own codes. */
  texts?: Record<'vi' | 'en', string>;
}

/**
 * A failure a caller can act on. `code` is stable and machine-readable (each area keeps its
 * codes in its own `*.errors.ts`); `message` is for people.
 */
export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly fields: FieldIssue[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  static validation(fields: FieldIssue[], message = 'The request has invalid fields'): AppError {
    return new AppError('validation', 'validation_failed', message, fields);
  }

  static notFound(what: string): AppError {
    return new AppError('not_found', 'not_found', `${what} not found`);
  }
}
