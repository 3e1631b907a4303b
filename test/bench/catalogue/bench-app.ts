import { Controller, Get, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { Public } from '@hoicho/platform';
import { parseEnvironment } from '@hoicho/platform/config/load-config';
import { startSmtpCapture } from '@hoicho/platform/embedded/smtp-capture.server';
import { buildAppConfig } from '@hoicho/platform/runtime/build-app-config';
import { ApiModule } from '../../../apps/api/src/api.module';

@Controller('bench')
class BareController {
  @Public()
  @Get('bare')
  bare() {
    return { ok: true };
  }
}

@Module({ controllers: [BareController] })
class BenchRoutesModule {}

/** The api as `npm start` builds it, plus the bench-only bare route. */
export async function createBenchApp(
  url: string,
  redisUrl: string,
): Promise<{ app: INestApplication; stop: () => Promise<void> }> {
  const smtp = await startSmtpCapture();
  const raw = parseEnvironment({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: url,
    REDIS_URL: redisUrl,
    SMTP_URL: smtp.url,
    APP_SECRET: 'bench-secret-bench-secret-bench-secret-0',
    QUEUE_PREFIX: 'bench',
    SEED_DEMO: 'false',
    RUN_WORKERS: 'false',
    PUBLIC_URL: 'https://hoicho.example',
  });
  const config = buildAppConfig(raw, {
    databaseUrl: url,
    redisUrl,
    smtpUrl: smtp.url,
    secret: raw.APP_SECRET!,
  });
  const runtime = { config, mailbox: smtp.mailbox, stop: async () => undefined };

  @Module({ imports: [ApiModule.register(runtime), BenchRoutesModule] })
  class BenchAppModule {}

  // As createApiApp builds it (apps/api/src/create-app.ts), with the bench route added.
  const app = await NestFactory.create<NestExpressApplication>(BenchAppModule, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: '1mb' });
  app.useBodyParser('urlencoded', { limit: '100kb', extended: false });
  app.set('trust proxy', false);
  await app.init();
  await app.listen(0, '127.0.0.1');
  return {
    app,
    stop: async () => {
      await app.close();
      await smtp.stop();
    },
  };
}
