import { AppError } from './app-error';

/** A service the platform depends on; health reports each one. */
export type Dependency = 'postgres' | 'redis' | 'smtp';

/** What a 503 suggests: long enough for a reconnect, short enough for a person to wait. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * A request that needs a service which is not answering: 503 at once, with Retry-After (the
 * exception filter sets the header from `details.retryAfter`), instead of waiting on a
 * reconnecting client.
 */
export const serviceUnavailable = (dependency: Dependency, retryAfter = RETRY_AFTER_SECONDS) =>
  new AppError(
    'unavailable',
    'service_unavailable',
    `A service this needs (${dependency}) is not answering; try again in ${retryAfter} s`,
    [],
    { dependency, retryAfter },
  );
