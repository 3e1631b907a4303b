import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { DEFAULT_LANGUAGE, Language, negotiateLanguage } from './language';

/** Accept-Language first, then the signed-in user's saved language, then Vietnamese. */
export function callerLanguage(request: Pick<Request, 'headers'> & { user?: AuthUser }): Language {
  return (
    negotiateLanguage(request.headers['accept-language']) ??
    request.user?.locale ??
    DEFAULT_LANGUAGE
  );
}

/**
 * The language an answer's words are in, as errors choose it: for routes whose body carries
 * text for people (a reason, an explanation) beside the stable codes programs read.
 */
export const CallerLanguage = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Language =>
    callerLanguage(context.switchToHttp().getRequest<Request & { user?: AuthUser }>()),
);
