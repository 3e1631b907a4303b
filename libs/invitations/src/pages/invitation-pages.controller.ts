import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
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
} from '@hoicho/platform';
import { Response } from 'express';
import { AnswerDto } from '../rsvp/dto/rsvp.dto';
import { RsvpService } from '../rsvp/rsvp.service';
import { INVITATION_PAGE } from './invitation.page';
import { invitationPageContext, invitationPaths } from './invitation-page.view';
import { errorPage } from './visitor-error';
import { formFields, formInteger, FormProblems, formProblems, validForm } from './visitor-form';
import { VISITOR_PAGE_TEXTS } from './visitor-page-texts';

const html = { 'text/html': { schema: { type: 'string' } } };

/**
 * The page a personal link opens: the invitation and its answer form. The answer follows
 * Post/Redirect/Get: accepting leads to the ticket, declining back to the invitation.
 */
@ApiTags('invitations (public)')
@ApiProduces('text/html')
@Public()
@Controller('invitations/:token')
export class InvitationPagesController {
  constructor(
    private readonly rsvp: RsvpService,
    private readonly pages: PublicPageRenderer,
  ) {}

  @Get()
  @RateLimit('public')
  @ApiOperation({ summary: 'The personal invitation page (HTML): details, answer form, ticket' })
  @ApiQuery({ name: 'lang', required: false, enum: ['vi', 'en'] })
  @ApiOkResponse({ description: 'an HTML page', content: html })
  async show(
    @Param('token') token: string,
    @Query('lang') asked: string | undefined,
    @Query('saved') saved: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    await this.answerPage(response, token, asked, 200, { saved: saved === '1' });
  }

  @Post()
  @RateLimit('public')
  @ApiOperation({ summary: 'The answer form of the invitation page (urlencoded)' })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiSeeOtherResponse({ description: 'saved: on to the ticket, or back to the invitation' })
  @ApiOkResponse({ description: 'never: a bad field answers 400 with the form again' })
  async answer(
    @Param('token') token: string,
    @Body() body: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const { lang: asked, ...values } = formFields(body);
    const lang = pageLanguage(asked);
    let accepted: boolean;
    try {
      const dto = await validForm(AnswerDto, {
        ...values,
        guests: formInteger(values.guests),
      });
      accepted = (await this.rsvp.answer(token, dto)).rsvpStatus === 'accepted';
    } catch (error) {
      if (error instanceof AppError && error.kind === 'validation') {
        return this.answerPage(response, token, asked, 400, formProblems(error, lang));
      }
      return this.failed(response, error, lang, token);
    }
    const paths = invitationPaths(token);
    seeOther(
      response,
      accepted ? `${paths.ticket}?lang=${lang}&saved=1` : `${paths.page}?lang=${lang}&saved=1`,
    );
  }

  private async answerPage(
    response: Response,
    token: string,
    asked: string | undefined,
    status: number,
    extra: Partial<FormProblems> & { saved?: boolean },
  ): Promise<void> {
    let lang = pageLanguage(asked);
    try {
      const view = await this.rsvp.view(token);
      // The visitor's own language, unless they chose another on the page.
      lang = asked ? lang : (view.language as Language);
      const page = this.pages.render(INVITATION_PAGE, {
        ...invitationPageContext(view, token, lang),
        path: invitationPaths(token).page,
        ...extra,
      });
      sendPage(response, status, page);
    } catch (error) {
      this.failed(response, error, lang, token);
    }
  }

  private failed(response: Response, error: unknown, lang: Language, token: string): void {
    const page = invitationPaths(token).page;
    const { status, html } = errorPage(this.pages, error, lang, page, {
      url: `${page}?lang=${lang}`,
      text: VISITOR_PAGE_TEXTS[lang].backToInvitation,
    });
    sendPage(response, status, html);
  }
}
