import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { PUBLIC_PAGE_CSS } from './public-page.css';

/** The server-rendered pages' stylesheet; its name carries its hash, so it is cached a year. */
@ApiExcludeController()
@Public()
@Controller('public-assets')
export class PublicAssetsController {
  @Get('page.:hash.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=31536000, immutable')
  stylesheet(): string {
    return PUBLIC_PAGE_CSS;
  }
}
