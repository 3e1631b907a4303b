import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { callerLanguage } from '../i18n/caller-language';
import { localiseError } from '../i18n/localise-error';
import { AppError, FieldIssue } from './app-error';
import { ERROR_STATUS } from './error-status.map';

interface Answer {
  status: number;
  code: string;
  message: string;
  fields: FieldIssue[];
  details?: Record<string, unknown>;
  /** The message is an AppError's own English sentence. */
  own?: boolean;
}

const PG_ANSWERS: Record<string, Omit<Answer, 'fields' | 'message'>> = {
  '23505': { status: HttpStatus.CONFLICT, code: 'already_exists' },
  '23503': { status: HttpStatus.CONFLICT, code: 'referenced_row_missing' },
  // ON DELETE RESTRICT: the row is still in use (a product with showcase samples).
  '23001': { status: HttpStatus.CONFLICT, code: 'still_referenced' },
  '23514': { status: HttpStatus.UNPROCESSABLE_ENTITY, code: 'constraint_violated' },
  '22P02': { status: HttpStatus.BAD_REQUEST, code: 'invalid_value' },
  '22001': { status: HttpStatus.BAD_REQUEST, code: 'value_too_long' },
  // A NUL character in text (validators refuse it per field; this covers any path they miss).
  '22021': { status: HttpStatus.BAD_REQUEST, code: 'invalid_value' },
  '40001': { status: HttpStatus.CONFLICT, code: 'concurrent_update' },
};

function fromHttpException(exception: HttpException): Answer {
  const status = exception.getStatus();
  const body = exception.getResponse();
  const cause = exception.cause as { type?: string } | undefined;
  if (status === 400 && (cause?.type === 'entity.parse.failed' || /JSON/.test(exception.message))) {
    return {
      status,
      code: 'malformed_json',
      message: 'The body is not valid JSON',
      fields: [{ field: 'body', message: 'not valid JSON', rule: 'malformed_json' }],
    };
  }
  const message =
    typeof body === 'string'
      ? body
      : String((body as { message?: unknown }).message ?? exception.message);
  const code =
    status === 404
      ? 'route_not_found'
      : status === 413
        ? 'payload_too_large'
        : (HttpStatus[status]?.toLowerCase() ?? 'error');
  return { status, code, message, fields: [] };
}

function toAnswer(exception: unknown): Answer | undefined {
  if (exception instanceof AppError) {
    return {
      status: ERROR_STATUS[exception.kind],
      code: exception.code,
      message: exception.message,
      fields: exception.fields,
      details: exception.details,
      own: true,
    };
  }
  if (exception instanceof HttpException) return fromHttpException(exception);
  const bodyParser = exception as { type?: string; status?: number };
  if (bodyParser?.type === 'entity.parse.failed') {
    return {
      status: 400,
      code: 'malformed_json',
      message: 'The body is not valid JSON',
      fields: [{ field: 'body', message: 'not valid JSON', rule: 'malformed_json' }],
    };
  }
  if (bodyParser?.type === 'entity.too.large') {
    return {
      status: 413,
      code: 'payload_too_large',
      message: 'The body is too large',
      fields: [{ field: 'body', message: 'too large', rule: 'payload_too_large' }],
    };
  }
  if (exception instanceof QueryFailedError) {
    const driverError = exception.driverError as {
      code?: string;
      constraint?: string;
      detail?: string;
    };
    const known = driverError.code ? PG_ANSWERS[driverError.code] : undefined;
    if (known) {
      const field = driverError.constraint ?? 'body';
      return {
        ...known,
        message: driverError.detail ?? exception.message,
        fields: [{ field, message: known.code, rule: known.code }],
      };
    }
  }
  return undefined;
}

/**
 * Every error leaves as the same JSON shape, its message in the caller's language; anything
 * unexpected is logged and hidden.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request & { id?: string; user?: AuthUser }>();
    const answer = toAnswer(exception) ?? {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'internal_error',
      message: 'Something went wrong on our side',
      fields: [],
    };
    // A service that is away is said once per request, not with a stack: it is not a bug.
    if (answer.status === HttpStatus.SERVICE_UNAVAILABLE) this.logger.warn(answer.message);
    else if (answer.status >= 500)
      this.logger.error(
        exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
      );
    if (response.headersSent) return;
    const retryAfter = answer.details?.retryAfter;
    if (typeof retryAfter === 'number' && retryAfter > 0)
      response.setHeader('Retry-After', String(Math.ceil(retryAfter)));
    const language = callerLanguage(request);
    const { message, fields } = localiseError({ ...answer, own: answer.own ?? false }, language);
    response.vary('Accept-Language').setHeader('Content-Language', language);
    response.status(answer.status).json({
      statusCode: answer.status,
      code: answer.code,
      message,
      fields,
      ...(answer.details && Object.keys(answer.details).length ? { details: answer.details } : {}),
      requestId: request.id,
    });
  }
}
