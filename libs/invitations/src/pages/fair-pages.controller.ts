import { Body, Controller, Get, Headers, Post, Query, Res } from '@nestjs/common';
import {
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiSeeOtherResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  AppError,
  Language,
  pageLanguage,
  Public,
  PublicPageRenderer,
  RateLimit,
  seeOther,
  sendPage,
  UuidParam,
} from '@hoicho/platform';
import { Response } from 'express';
import { RegistrationDto } from '../rsvp/dto/rsvp.dto';
import { RegistrationService } from '../rsvp/registration.service';
import { FAIR_PAGE, REGISTERED_PAGE } from './fair.page';
import { FairPageService } from './fair-page.service';
import { errorPage } from './visitor-error';
import { formFields, formInteger, FormProblems, formProblems, validForm } from './visitor-form';
import { fill, VISITOR_PAGE_TEXTS } from './visitor-page-texts';

const html = { 'text/html': { schema: { type: 'string' } } };

/** The fair's public page and its registration form: server-rendered, no JavaScript needed. */
@ApiTags('invitations (public)')
@ApiProduces('text/html')
@Public()
@Controller('fairs/:fairId')
export class FairPagesController {
  constructor(
    private readonly fairPages: FairPageService,
    private readonly registrations: RegistrationService,
    private readonly pages: PublicPageRenderer,
  ) {}

  @Get()
  @RateLimit('public')
  @ApiOperation({ summary: 'The fair’s public page with the registration form (HTML)' })
  @ApiQuery({ name: 'lang', required: false, enum: ['vi', 'en'] })
  @ApiOkResponse({ description: 'an HTML page', content: html })
  async show(
    @UuidParam('fairId') fairId: string,
    @Query('lang') asked: string | undefined,
    @Headers('accept-language') accept: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const lang = pageLanguage(asked, accept);
    await this.answer(response, fairId, lang, 200, { language: lang });
  }

  @Post('registrations')
  @RateLimit('form')
  @ApiOperation({ summary: 'The registration form (urlencoded): 303 to the result page' })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiSeeOtherResponse({ description: 'registered: on to /fairs/{fairId}/registered' })
  @ApiOkResponse({ description: 'never: a bad field answers 400 with the form again' })
  async register(
    @UuidParam('fairId') fairId: string,
    @Body() body: unknown,
    @Headers('accept-language') accept: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const { lang: asked, ...values } = formFields(body);
    const lang = pageLanguage(asked, accept);
    try {
      const dto = await validForm(RegistrationDto, {
        ...values,
        guests: formInteger(values.guests),
        consent: values.consent === undefined ? undefined : values.consent === 'true',
      });
      await this.registrations.register(fairId, dto);
    } catch (error) {
      if (error instanceof AppError && error.kind === 'validation') {
        return this.answer(response, fairId, lang, 400, values, formProblems(error, lang));
      }
      return this.failed(response, error, lang, fairId);
    }
    seeOther(response, `/fairs/${fairId}/registered?lang=${lang}`);
  }

  @Get('registered')
  @ApiOperation({ summary: 'The page after registering: the ticket is on its way (HTML)' })
  @ApiQuery({ name: 'lang', required: false, enum: ['vi', 'en'] })
  @ApiOkResponse({ description: 'an HTML page', content: html })
  registered(
    @UuidParam('fairId') fairId: string,
    @Query('lang') asked: string | undefined,
    @Headers('accept-language') accept: string | undefined,
    @Res() response: Response,
  ): void {
    const lang = pageLanguage(asked, accept);
    const page = this.pages.render(REGISTERED_PAGE, {
      lang,
      path: `/fairs/${fairId}/registered`,
      t: VISITOR_PAGE_TEXTS[lang],
      backUrl: `/fairs/${fairId}?lang=${lang}`,
    });
    sendPage(response, 200, page);
  }

  /** The page with the form, filled with what was sent and its errors, if any. */
  private async answer(
    response: Response,
    fairId: string,
    lang: Language,
    status: number,
    values: Record<string, string>,
    problems?: FormProblems,
  ): Promise<void> {
    try {
      const data = await this.fairPages.page(fairId, lang);
      const t = VISITOR_PAGE_TEXTS[lang];
      const page = this.pages.render(FAIR_PAGE, {
        lang,
        path: `/fairs/${fairId}`,
        description: `${data.fair.name}: ${data.dateLines.join('; ')}. ${data.fair.venueName}.`,
        t,
        ...data,
        guestsLabel: fill(t.guests, { max: data.maxGuests }),
        action: `/fairs/${fairId}/registrations`,
        values: { guests: '0', ...values },
        ...problems,
      });
      sendPage(response, status, page);
    } catch (error) {
      this.failed(response, error, lang, fairId);
    }
  }

  private failed(response: Response, error: unknown, lang: Language, fairId: string): void {
    const { status, html } = errorPage(this.pages, error, lang, `/fairs/${fairId}`, {
      url: `/fairs/${fairId}?lang=${lang}`,
      text: VISITOR_PAGE_TEXTS[lang].back,
    });
    sendPage(response, status, html);
  }
}
