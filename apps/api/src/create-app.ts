import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { APP_CONFIG, bodyParsers, PlatformRuntime } from '@hoicho/platform';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './api.module';
import { buildOpenApi } from './openapi';
import { useSecurityHeaders } from './security/security-headers';
import { redirectLegacyMailLinks } from './web/legacy-mail-links';
import { serveWebAssets } from './web/serve-web-assets';

export interface ApiAppOptions {
  /**
   * Build the OpenAPI document on the first request to /docs or /docs-json instead of at boot.
   * Scanning every route costs about a second of CPU; the end-to-end harness boots the api once
   * per test file and few files read the document. `npm start` builds it at boot, so a route
   * the scanner cannot describe stops the start instead of the first reader.
   */
  lazyOpenApi?: boolean;
}

/** Builds the api exactly as `npm start` runs it; the end-to-end tests use the same function. */
export async function createApiApp(
  runtime: PlatformRuntime,
  { lazyOpenApi = false }: ApiAppOptions = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.register(runtime), {
    bufferLogs: true,
    // Ours instead of Nest's: they refuse deep, oversized and non-UTF-8 bodies before parsing.
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  const config = app.get(APP_CONFIG);
  useSecurityHeaders(app, config.publicUrl.startsWith('https:'));
  app.use(...bodyParsers());
  app.set('trust proxy', config.trustProxy);
  app.use(redirectLegacyMailLinks);
  serveWebAssets(app, config);
  let document: OpenAPIObject | undefined = lazyOpenApi ? undefined : buildOpenApi(app);
  SwaggerModule.setup('docs', app, () => (document ??= buildOpenApi(app)), {
    jsonDocumentUrl: 'docs-json',
  });
  await app.init();
  return app;
}
