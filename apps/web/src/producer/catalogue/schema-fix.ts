/**
 * The generated schema still types some nullable fields as `Record<string, never>` (the
 * OpenAPI decorators are being given real types in issue 15). These overrides say what the API
 * sends and takes; once `npm run api:client` has the real types they change nothing, and this
 * file can go.
 */
export type Override<T, U> = Omit<T, keyof U> & U;

/** Reads an answer as the overridden type (the same JSON, typed as it really is). */
export const as = <T>(value: unknown): T => value as T;
