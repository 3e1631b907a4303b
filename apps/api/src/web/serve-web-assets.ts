import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@hoicho/platform';
import express from 'express';
import { join } from 'node:path';

/**
 * The web app's files: hashed bundles under /assets never change, so browsers keep them a
 * year; the few unhashed files at the top (icons, manifest, service worker) are revalidated.
 */
export function serveWebAssets(app: NestExpressApplication, config: AppConfig): void {
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
