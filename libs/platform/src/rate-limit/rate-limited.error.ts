import { AppError } from '../errors/app-error';

/** 429; the exception filter turns `retryAfter` (whole seconds) into the Retry-After header. */
export function rateLimited(waitMs: number): AppError {
  const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
  return new AppError(
    'rate_limited',
    'rate_limited',
    `Too many attempts; try again in ${retryAfter} s`,
    [],
    { retryAfter },
  );
}
