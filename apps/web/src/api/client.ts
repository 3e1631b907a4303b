import createClient, { type Middleware } from 'openapi-fetch';
import { i18n } from '@web/i18n/i18n';
import { ApiError } from './api-error';
import type { paths } from './schema';

/**
 * The typed API client. The session rides in the HttpOnly cookie (same origin), and every
 * request asks for answers in the language on screen.
 */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

const language: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', i18n.language);
    return request;
  },
};
api.use(language);

/** Unwraps an openapi-fetch answer: the data, or an ApiError carrying the body's fields. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw ApiError.from(response.status, error);
  return data as T;
}
