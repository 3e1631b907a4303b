import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Request, Response } from 'express';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AppError } from '../errors/app-error';
import { RedisService } from '../redis/redis.service';
import { RATE_LIMIT_KEY, RateLimitBucket } from './rate-limit.decorator';

const WINDOWS: Record<RateLimitBucket, { seconds: number; points: (c: AppConfig) => number }> = {
  login: { seconds: 60, points: (c) => c.rateLimits.loginPerMinute },
  signup: { seconds: 3600, points: (c) => c.rateLimits.signupPerHour },
  reset: { seconds: 3600, points: (c) => c.rateLimits.resetPerHour },
  public: { seconds: 60, points: (c) => c.rateLimits.publicPerMinute },
};

/** Counters live in Redis, so the limit holds however many api processes serve the route. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly limiters = new Map<RateLimitBucket, RateLimiterRedis>();

  constructor(
    private readonly reflector: Reflector,
    private readonly redis: RedisService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private limiter(bucket: RateLimitBucket): RateLimiterRedis {
    let limiter = this.limiters.get(bucket);
    if (!limiter) {
      const window = WINDOWS[bucket];
      limiter = new RateLimiterRedis({
        storeClient: this.redis.client,
        keyPrefix: this.redis.key('rate', bucket),
        points: window.points(this.config),
        duration: window.seconds,
      });
      this.limiters.set(bucket, limiter);
    }
    return limiter;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const bucket = this.reflector.get<RateLimitBucket>(RATE_LIMIT_KEY, context.getHandler());
    if (!bucket) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const email =
      typeof request.body?.email === 'string' ? request.body.email.trim().toLowerCase() : '';
    const key = `${request.ip}|${email}`;
    // Without the shared counters there is no limit to enforce: refuse at once (503) rather
    // than let every attempt through or wait on a reconnecting client.
    this.redis.requireAvailable();
    try {
      await this.limiter(bucket).consume(key);
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw this.redis.failure(rejection);
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
      throw new AppError(
        'rate_limited',
        'rate_limited',
        `Too many attempts; try again in ${retryAfter} s`,
        [],
        { retryAfter },
      );
    }
  }
}
