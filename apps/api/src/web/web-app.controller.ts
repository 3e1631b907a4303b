import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig, Public } from '@hoicho/platform';
import { Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

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
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get(WEB_APP_PATHS)
  page(@Res() response: Response): void {
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
    response.sendFile(index);
  }
}
