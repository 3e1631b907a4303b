import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@hoicho/platform';
import compression from 'compression';
import express, { Request, Response } from 'express';
import { join } from 'node:path';

/**
 * The web app's files: hashed bundles under /assets never change, so browsers keep them a
 * year; the few unhashed files at the top (icons, manifest, service worker) are revalidated.
 */
export function serveWebAssets(app: NestExpressApplication, config: AppConfig): void {
  // Pages and bundles travel compressed to phones on slow networks; JSON answers are left to a
  // proxy, so the API's own throughput is measured without compression.
  app.use(
    compression({
      filter: (request: Request, response: Response) =>
        !request.path.startsWith('/api/') && compression.filter(request, response),
    }),
  );
  app.use(
    '/assets',
    express.static(join(config.webDir, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
    }),
  );
  app.use(express.static(config.webDir, { index: false, maxAge: 0 }));
}
