import { Request } from 'express';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const changesState = (request: Request) => !SAFE_METHODS.has(request.method);

function originOf(value: string | undefined): string | undefined {
  if (!value || !URL.canParse(value)) return undefined;
  return new URL(value).origin;
}

/**
 * Whether a request comes from a page of ours: its Origin (or, failing that, its Referer) is
 * the public address or the address it was sent to. Browsers send Origin with every
 * state-changing fetch, so a cookie-borne request without either is refused too.
 */
export function isSameOrigin(request: Request, publicUrl: string): boolean {
  const origin = originOf(request.headers.origin) ?? originOf(request.headers.referer);
  if (!origin) return false;
  const own = new Set([
    originOf(publicUrl),
    originOf(`${request.protocol}://${request.headers.host}`),
  ]);
  return own.has(origin);
}
