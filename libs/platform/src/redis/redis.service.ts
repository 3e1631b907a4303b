import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { once } from 'node:events';
import IORedis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { serviceUnavailable } from '../errors/unavailable.errors';
import { SHUTDOWN, settledWithin } from '../runtime/deadline';
import { redisOptionsFromUrl } from './redis-options';

/** A command that has no answer by then is treated as Redis being away. */
const COMMAND_TIMEOUT_MS = 2000;
/** How long the start waits for the first connection. */
const READY_WAIT_MS = 3000;

/**
 * The shared command connection (rate limits, health); queues keep their own. It also tells
 * request paths whether Redis is there at all: the socket closing turns `available()` false at
 * once, so a request that needs Redis answers 503 instead of waiting on a reconnecting client.
 */
@Injectable()
export class RedisService implements OnModuleInit, OnApplicationShutdown {
  readonly client: IORedis;
  private readonly prefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.prefix = config.redis.prefix;
    this.client = new IORedis({
      ...redisOptionsFromUrl(config.redis.url),
      maxRetriesPerRequest: 1,
      commandTimeout: COMMAND_TIMEOUT_MS,
      lazyConnect: false,
    });
    this.client.on('error', () => undefined);
  }

  /**
   * Gives the connection a moment to be ready before the app serves requests, so the first
   * sign-in is not refused while it is still connecting. A Redis that is away does not stop
   * the start: requests that need it answer 503 until it comes.
   */
  async onModuleInit(): Promise<void> {
    if (!this.available()) await settledWithin(once(this.client, 'ready'), READY_WAIT_MS);
  }

  /** Keys of one deployment (and of one test file) share a prefix. */
  key(...parts: string[]): string {
    return [this.prefix, ...parts].join(':');
  }

  /** Connected now. */
  available(): boolean {
    return this.client.status === 'ready';
  }

  /** Throws the 503 of a request that cannot go on without Redis. */
  requireAvailable(): void {
    if (!this.available()) throw serviceUnavailable('redis');
  }

  /** The 503 for an error of a command that failed because Redis is away; other errors as they are. */
  failure(error: unknown): unknown {
    const timedOut = (error as Error)?.message === 'Command timed out';
    return timedOut || !this.available() ? serviceUnavailable('redis') : error;
  }

  async onApplicationShutdown(): Promise<void> {
    // QUIT waits for the answers pending; with Redis away there are none to wait for.
    if (!this.available() || !(await settledWithin(this.client.quit(), SHUTDOWN.closeMs)))
      this.client.disconnect();
  }
}
