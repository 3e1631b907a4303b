import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Request } from 'express';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RedisService } from '../redis/redis.service';
import { RATE_LIMIT_KEY, RateLimitBucket } from './rate-limit.decorator';
import { rateLimited } from './rate-limited.error';
import { RATE_LIMIT_RULES, RateLimitRule } from './rate-limit.rules';

/** Counters live in Redis, so the limit holds however many api processes serve the route. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly limiters = new Map<string, RateLimiterRedis>();

  constructor(
    private readonly reflector: Reflector,
    private readonly redis: RedisService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private limiter(bucket: RateLimitBucket, rule: RateLimitRule): RateLimiterRedis {
    const name = `${bucket}:${rule.name}`;
    let limiter = this.limiters.get(name);
    if (!limiter) {
      limiter = new RateLimiterRedis({
        storeClient: this.redis.client,
        keyPrefix: this.redis.key('rate', bucket, rule.name),
        points: rule.points(this.config),
        duration: rule.seconds,
      });
      this.limiters.set(name, limiter);
    }
    return limiter;
  }

  /** Every counter of the bucket is charged; the longest wait of those used up is answered. */
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const bucket = this.reflector.get<RateLimitBucket>(RATE_LIMIT_KEY, context.getHandler());
    if (!bucket) return true;
    const request = context.switchToHttp().getRequest<Request>();
    // Without the shared counters there is no limit to enforce: refuse at once (503) rather
    // than let every attempt through or wait on a reconnecting client.
    this.redis.requireAvailable();
    let waitMs = 0;
    for (const rule of RATE_LIMIT_RULES[bucket]) {
      const key = rule.key(request);
      if (key === undefined) continue;
      try {
        await this.limiter(bucket, rule).consume(key);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw this.redis.failure(rejection);
        waitMs = Math.max(waitMs, rejection.msBeforeNext);
      }
    }
    if (waitMs > 0) throw rateLimited(waitMs);
    return true;
  }
}
