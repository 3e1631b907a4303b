import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ErrorBodyDto } from '../errors/error-body.dto';
import { RateLimitGuard } from './rate-limit.guard';

export type RateLimitBucket = 'login' | 'signup' | 'reset' | 'token' | 'public' | 'form';
export const RATE_LIMIT_KEY = 'hoicho:rate-limit';

/** Limits calls per client address (and login per account) across processes; see the rules. */
export const RateLimit = (bucket: RateLimitBucket) =>
  applyDecorators(
    SetMetadata(RATE_LIMIT_KEY, bucket),
    UseGuards(RateLimitGuard),
    ApiTooManyRequestsResponse({
      type: ErrorBodyDto,
      description: 'Too many attempts; retry after the Retry-After seconds',
    }),
  );
