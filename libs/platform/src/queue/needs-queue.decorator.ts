import { applyDecorators, CanActivate, Injectable, UseGuards } from '@nestjs/common';
import { ApiServiceUnavailableResponse } from '@nestjs/swagger';
import { ErrorBodyDto } from '../errors/error-body.dto';
import { RedisService } from '../redis/redis.service';

/** Refuses the request before it changes anything when Redis (the queues) is away. */
@Injectable()
export class QueueAvailableGuard implements CanActivate {
  constructor(private readonly redis: RedisService) {}

  canActivate(): boolean {
    this.redis.requireAvailable();
    return true;
  }
}

/**
 * A route whose work goes through a queue (a campaign's fan-out, an import, an allocation
 * run): with Redis away it answers 503 with Retry-After at once and writes nothing, so trying
 * again later is safe. Should Redis go in the instant after the commit, the job is added in
 * an after-commit hook whose failure the sweep covers.
 */
export const NeedsQueue = () =>
  applyDecorators(
    UseGuards(QueueAvailableGuard),
    ApiServiceUnavailableResponse({
      type: ErrorBodyDto,
      description:
        'service_unavailable: the queue (Redis) is away; retry after Retry-After seconds',
    }),
  );
