import { AppError } from '@hoicho/platform';
import { FieldResult } from '../domain';

/** The value of a domain check, or a 400 naming the field (under `prefix`) with its reason. */
export function orFail<T>(result: FieldResult<T>, prefix = ''): T {
  if (result.ok) return result.value;
  throw fieldError(`${prefix}${result.field}`, result.message, result.code);
}

export function fieldError(field: string, message: string, code = 'invalid'): AppError {
  return new AppError(
    'validation',
    'validation_failed',
    'The request has invalid fields',
    [{ field, message, rule: code }],
    { reasons: { [field]: code } },
  );
}

/** The constraint a failed query broke, if it was a PostgreSQL constraint. */
export function brokenConstraint(error: unknown): string | undefined {
  const driverError = (error as { driverError?: { constraint?: string } }).driverError;
  return driverError?.constraint;
}

/** Gathers every failed check of one request, so the answer names all bad fields at once. */
export class FieldIssues {
  private readonly issues: { field: string; message: string; code: string }[] = [];

  /** The checked value, or undefined after noting the failure under `prefix`. */
  take<T>(result: FieldResult<T>, prefix = ''): T | undefined {
    if (result.ok) return result.value;
    this.add(`${prefix}${result.field}`, result.message, result.code);
    return undefined;
  }

  add(field: string, message: string, code = 'invalid'): void {
    this.issues.push({ field, message, code });
  }

  throwIfAny(): void {
    if (this.issues.length === 0) return;
    throw new AppError(
      'validation',
      'validation_failed',
      'The request has invalid fields',
      this.issues.map(({ field, message, code }) => ({ field, message, rule: code })),
      { reasons: Object.fromEntries(this.issues.map(({ field, code }) => [field, code])) },
    );
  }
}
