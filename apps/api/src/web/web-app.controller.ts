import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig, Public } from '@hoicho/platform';
import { Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { firstRequestsOf } from './first-requests';
import { WebManifest } from './web-manifest';

/**
 * The paths the web app's router owns. Each answers its index.html, so a deep link from a mail
 * or a bookmark opens the right screen; everything else stays the API's (a JSON 404).
 */
export const WEB_APP_PATHS = [
  '/',
  '/signin',
  '/signup',
  '/forgot-password',
  '/account/{*rest}',
  '/producer',
  '/producer/{*rest}',
  '/organiser',
  '/organiser/{*rest}',
  '/gate',
  '/gate/{*rest}',
  // Links in decision, booth and waitlist mails sent before the web app existed.
  '/applications/{*rest}',
  '/waitlist-offers/{*rest}',
];

@ApiExcludeController()
@Public()
@Controller()
export class WebAppController {
  private readonly manifest: WebManifest;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.manifest = new WebManifest(config.webDir);
  }

  @Get(WEB_APP_PATHS)
  page(@Req() request: Request, @Res() response: Response): void {
    const index = join(this.config.webDir, 'index.html');
    if (!existsSync(index)) {
      response
        .status(503)
        .type('text/plain')
        .send('The web app is not built yet: run `npm run build` (npm start does it).');
      return;
    }
    // The page must be fresh so it names the newest hashed assets; they are cached for a year.
    response.setHeader('Cache-Control', 'no-cache');
    response.setHeader('Link', this.preloads(request.path));
    response.sendFile(index);
  }

  /**
   * The screen's code and first data, named for the browser to fetch while the main script
   * arrives (CSP forbids the inline script that could start them). Data as the app fetches
   * it, CORS mode with same-origin credentials, so the app's own request takes the answer
   * (chunks' styles likewise: Vite adds their links with `crossorigin`).
   */
  private preloads(path: string): string {
    const first = firstRequestsOf(path);
    const entry = this.manifest.entry();
    const files = this.manifest.filesOf(first.modules);
    const script = (url: string) => `<${url}>; rel=modulepreload`;
    const style = (url: string) => `<${url}>; rel=preload; as=style; crossorigin`;
    // The main script and styles first: over HTTP/1.1's six connections the rest queue behind.
    return [
      ...entry.scripts.map(script),
      ...entry.styles.map(style),
      ...first.data.map((url) => `<${url}>; rel=preload; as=fetch; crossorigin`),
      ...files.scripts.map(script),
      ...files.styles.map(style),
    ].join(', ');
  }
}
