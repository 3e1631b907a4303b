import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module, Provider, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Clock } from './clock/clock';
import { APP_CONFIG } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { TransactionRunner } from './database/transaction-runner';
import { DevMailboxController, MAILBOX } from './dev-mailbox/dev-mailbox.controller';
import { HttpExceptionFilter } from './errors/http-exception.filter';
import { validationExceptionFactory } from './errors/validation-exception.factory';
import { HealthController } from './health/health.controller';
import { MediaTypeInterceptor } from './http/media-type.interceptor';
import { loggerModule } from './logging/logger.module';
import { MailQuota } from './rate-limit/mail-quota';
import { RateLimitGuard } from './rate-limit/rate-limit.guard';
import { RedisService } from './redis/redis.service';
import { PublicAssetsController } from './public-pages/public-assets.controller';
import { PublicPageRenderer } from './public-pages/public-page-renderer';
import { PlatformRuntime } from './runtime/platform-runtime';

/** Config, database, queues, Redis, logging, errors and validation for every app. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(runtime: PlatformRuntime, options: { http: boolean }): DynamicModule {
    const { config } = runtime;
    const providers: Provider[] = [
      { provide: APP_CONFIG, useValue: config },
      { provide: MAILBOX, useValue: runtime.mailbox ?? null },
      RedisService,
      TransactionRunner,
      Clock,
      RateLimitGuard,
      MailQuota,
      PublicPageRenderer,
    ];
    if (options.http) {
      providers.push(
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: MediaTypeInterceptor },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({
            whitelist: true,
            forbidNonWhitelisted: true,
            transform: true,
            exceptionFactory: validationExceptionFactory,
            // The factory reads each broken rule's arguments from the target's class (they
            // word the message in the caller's language); it never sends the target.
            validationError: { target: true, value: false },
          }),
        },
      );
    }
    // Every reset link is readable there: never in production, whatever else was configured.
    const devMailbox = runtime.mailbox && config.env !== 'production';
    const controllers = options.http
      ? [HealthController, PublicAssetsController, ...(devMailbox ? [DevMailboxController] : [])]
      : [];
    return {
      module: PlatformModule,
      imports: [
        loggerModule(config, runtime.logDestination),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.database.url),
          migrationsRun: config.database.embedded,
        }),
        // The queues that requests add to: with Redis away an add fails at once (the sweeps
        // re-add from the rows) instead of waiting in the offline queue for the reconnect.
        // The workers consume on connections of their own that wait Redis out.
        BullModule.forRoot({
          connection: {
            url: config.redis.url,
            maxRetriesPerRequest: null,
            enableOfflineQueue: false,
          },
          prefix: `{${config.redis.prefix}}`,
        }),
      ],
      controllers,
      providers,
      exports: [
        APP_CONFIG,
        MAILBOX,
        RedisService,
        TransactionRunner,
        Clock,
        RateLimitGuard,
        MailQuota,
        PublicPageRenderer,
      ],
    };
  }
}
