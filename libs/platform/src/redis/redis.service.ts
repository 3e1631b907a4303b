import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import IORedis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { redisOptionsFromUrl } from './redis-options';

/** The shared command connection (rate limits, health); queues keep their own. */
@Injectable()
export class RedisService implements OnApplicationShutdown {
  readonly client: IORedis;
  private readonly prefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.prefix = config.redis.prefix;
    this.client = new IORedis({
      ...redisOptionsFromUrl(config.redis.url),
      maxRetriesPerRequest: 2,
      lazyConnect: false,
    });
    this.client.on('error', () => undefined);
  }

  /** Keys of one deployment (and of one test file) share a prefix. */
  key(...parts: string[]): string {
    return [this.prefix, ...parts].join(':');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.quit().catch(() => this.client.disconnect());
  }
}
