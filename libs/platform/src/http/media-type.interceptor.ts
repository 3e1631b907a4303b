import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { Reflector } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger';
import { Request } from 'express';
import { Observable } from 'rxjs';
import { unsupportedMediaType } from './body-errors';

const JSON_ONLY = ['application/json'] as const;

/**
 * A body sent as a type the route does not take is refused (415) instead of read as empty:
 * a JSON route given text/plain or XML once went on as if nothing had been sent. The types a
 * route takes are the ones its OpenAPI document states (`@ApiConsumes`), else JSON when it
 * reads a `@Body()`; a route that reads no body ignores one.
 */
@Injectable()
export class MediaTypeInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    if (hasContent(request)) {
      const accepted = this.accepted(context);
      if (accepted && !request.is([...accepted])) {
        throw unsupportedMediaType(request.headers['content-type'] ?? 'no type', accepted);
      }
    }
    return next.handle();
  }

  private accepted(context: ExecutionContext): readonly string[] | undefined {
    const declared = this.reflector.getAllAndOverride<string[] | undefined>(
      DECORATORS.API_CONSUMES,
      [context.getHandler(), context.getClass()],
    );
    if (declared?.length) return declared;
    const args: Record<string, unknown> =
      Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name) ?? {};
    const readsBody = Object.keys(args).some((key) => key.startsWith(`${RouteParamtypes.BODY}:`));
    return readsBody ? JSON_ONLY : undefined;
  }
}

/** A request carries a body when it says so with a non-zero length or a chunked transfer. */
function hasContent(request: Request): boolean {
  const length = request.headers['content-length'];
  if (length !== undefined) return Number(length) > 0;
  return request.headers['transfer-encoding'] !== undefined;
}
