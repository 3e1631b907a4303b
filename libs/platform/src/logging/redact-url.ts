/** Query parameters that carry secrets by name (emailed links, signed forms). */
const SECRET_PARAMS = /^(token|t|code|sig|signature|key|secret|password)$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A long run of token characters: invitation and reset tokens, signed payloads. */
const SECRET_LIKE = /^[\w.~%-]{20,}$/;

export const REDACTED = '[redacted]';

const secretLike = (value: string) => SECRET_LIKE.test(value) && !UUID.test(value);

/**
 * The request's URL as it may be logged: secret-looking path segments (an invitation token in
 * `/invitations/<token>`) and the values of secret or secret-looking query parameters become
 * `[redacted]`; ids (UUIDs), words and short values stay, so the log still says what was asked.
 */
export function redactUrl(url: string): string {
  const queryAt = url.indexOf('?');
  const path = queryAt < 0 ? url : url.slice(0, queryAt);
  const query = queryAt < 0 ? '' : url.slice(queryAt + 1);
  const safePath = path
    .split('/')
    .map((segment) => (secretLike(segment) ? REDACTED : segment))
    .join('/');
  if (queryAt < 0) return safePath;
  const safeQuery = query
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      if (equals < 0) return secretLike(pair) ? REDACTED : pair;
      const name = pair.slice(0, equals);
      const value = pair.slice(equals + 1);
      return SECRET_PARAMS.test(name) || secretLike(value) ? `${name}=${REDACTED}` : pair;
    })
    .join('&');
  return `${safePath}?${safeQuery}`;
}
