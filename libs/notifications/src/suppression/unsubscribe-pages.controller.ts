import { Body, Controller, Get, Headers, Inject, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiSeeOtherResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  APP_CONFIG,
  AppConfig,
  Clock,
  Language,
  pageLanguage,
  Public,
  PublicPageRenderer,
  RateLimit,
  seeOther,
  sendPage,
} from '@hoicho/platform';
import { Response } from 'express';
import { appLinks } from '../mails/app-links';
import { SuppressionService } from './suppression.service';
import { emailFromUnsubscribeToken, maskedEmail } from './unsubscribe-token';
import {
  UNSUBSCRIBE_CONFIRM_PAGE,
  UNSUBSCRIBE_DONE_PAGE,
  UNSUBSCRIBE_INVALID_PAGE,
  UNSUBSCRIBE_TEXTS,
} from './unsubscribe.pages';

/**
 * The page behind a bulk mail's unsubscribe link, in the visitor's language. GET asks (a mail
 * scanner that opens links unsubscribes nobody); POST unsubscribes: from the page's button it
 * redirects to the result (Post/Redirect/Get), from a mail client's one-click (RFC 8058, the
 * same URL as the List-Unsubscribe header) it answers the result page at once.
 */
@ApiTags('notifications')
@ApiProduces('text/html')
@Public()
@Controller('unsubscribe')
export class UnsubscribePagesController {
  constructor(
    private readonly suppressions: SuppressionService,
    private readonly pages: PublicPageRenderer,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @RateLimit('public')
  @ApiOperation({ summary: 'The unsubscribe page: what will stop, and a button' })
  @ApiQuery({ name: 'lang', required: false, enum: ['vi', 'en'] })
  @ApiOkResponse({ description: 'an HTML page', content: { 'text/html': {} } })
  @ApiBadRequestResponse({ description: 'an HTML page: the link is not valid' })
  confirm(
    @Query('token') token: string | undefined,
    @Query('lang') asked: string | undefined,
    @Headers('accept-language') accept: string | undefined,
    @Res() response: Response,
  ): void {
    const lang = pageLanguage(asked, accept);
    const email = this.email(token);
    if (!email) return this.invalid(response, lang, token);
    const t = UNSUBSCRIBE_TEXTS[lang];
    sendPage(
      response,
      200,
      this.pages.render(UNSUBSCRIBE_CONFIRM_PAGE, {
        lang,
        path: appLinks.unsubscribe('', token!, lang),
        t,
        confirm: t.confirm.replace('{{address}}', maskedEmail(email)),
        action: appLinks.unsubscribe('', token!, lang),
      }),
    );
  }

  @Post()
  @RateLimit('public')
  @ApiOperation({ summary: 'Unsubscribe (the page’s button, or one-click RFC 8058); idempotent' })
  @ApiConsumes('application/x-www-form-urlencoded', 'multipart/form-data')
  @ApiSeeOtherResponse({ description: 'from the page: on to the result page' })
  @ApiOkResponse({ description: 'one-click: the result page', content: { 'text/html': {} } })
  @ApiBadRequestResponse({ description: 'an HTML page: the link is not valid' })
  async unsubscribe(
    @Query('token') token: string | undefined,
    @Query('lang') asked: string | undefined,
    @Headers('accept-language') accept: string | undefined,
    @Body() body: Record<string, unknown> | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const lang = pageLanguage(asked, accept);
    const email = this.email(token);
    if (!email) return this.invalid(response, lang, token);
    await this.suppressions.suppress(email, 'bulk', 'unsubscribed');
    if (body?.from === 'page') return seeOther(response, `/unsubscribe/done?lang=${lang}`);
    sendPage(response, 200, this.done(lang));
  }

  @Get('done')
  @ApiOperation({ summary: 'The result page after unsubscribing' })
  @ApiQuery({ name: 'lang', required: false, enum: ['vi', 'en'] })
  @ApiOkResponse({ description: 'an HTML page', content: { 'text/html': {} } })
  result(
    @Query('lang') asked: string | undefined,
    @Headers('accept-language') accept: string | undefined,
    @Res() response: Response,
  ): void {
    sendPage(response, 200, this.done(pageLanguage(asked, accept)));
  }

  private done(lang: Language): string {
    return this.pages.render(UNSUBSCRIBE_DONE_PAGE, {
      lang,
      path: '/unsubscribe/done',
      t: UNSUBSCRIBE_TEXTS[lang],
    });
  }

  private email(token: string | undefined): string | undefined {
    return token
      ? emailFromUnsubscribeToken(token, this.config.secret, this.clock.now())
      : undefined;
  }

  private invalid(response: Response, lang: Language, token: string | undefined): void {
    sendPage(
      response,
      400,
      this.pages.render(UNSUBSCRIBE_INVALID_PAGE, {
        lang,
        path: token ? appLinks.unsubscribe('', token, lang) : '/unsubscribe',
        t: UNSUBSCRIBE_TEXTS[lang],
      }),
    );
  }
}
