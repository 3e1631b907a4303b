import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RedisService } from '../redis/redis.service';
import { hashTarget } from './rate-limit.rules';

const DAY_SECONDS = 24 * 3600;

export type MailQuotaKind = 'address' | 'producer';

/**
 * How many mails anonymous forms (sign-up, password reset, public registration, inquiries) may
 * cause to one recipient a day, counted in Redis across processes, so nobody can use the site
 * to flood an address, whatever client addresses they send from.
 */
@Injectable()
export class MailQuota {
  private readonly limiters: Record<MailQuotaKind, RateLimiterRedis>;

  constructor(redis: RedisService, @Inject(APP_CONFIG) config: AppConfig) {
    const daily = (kind: MailQuotaKind, points: number) =>
      new RateLimiterRedis({
        storeClient: redis.client,
        keyPrefix: redis.key('quota', kind),
        points,
        duration: DAY_SECONDS,
      });
    this.limiters = {
      address: daily('address', config.rateLimits.mailsPerAddressPerDay),
      producer: daily('producer', config.rateLimits.inquiriesPerProducerPerDay),
    };
  }

  /**
   * Takes one mail of the recipient's quota: the wait in ms when it is used up (send nothing),
   * 0 when the mail may go. A recipient is an email address, or a producer (its inquiries).
   */
  async take(kind: MailQuotaKind, recipient: string): Promise<number> {
    try {
      await this.limiters[kind].consume(hashTarget(recipient));
      return 0;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return Math.max(1, rejection.msBeforeNext);
    }
  }
}
