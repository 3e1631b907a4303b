import { QueryFailedError } from 'typeorm';

/** The constraint a failed statement broke, if the database named one. */
export const constraintOf = (error: unknown): string | undefined =>
  error instanceof QueryFailedError
    ? (error.driverError as { constraint?: string }).constraint
    : undefined;
