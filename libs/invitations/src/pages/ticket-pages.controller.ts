import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  Language,
  pageLanguage,
  Public,
  PublicPageRenderer,
  RateLimit,
  sendPage,
} from '@hoicho/platform';
import { Response } from 'express';
import { RsvpService } from '../rsvp/rsvp.service';
import { invitationPageContext, invitationPaths } from './invitation-page.view';
import { TICKET_PAGE } from './ticket.page';
import { TicketFilesService } from './ticket-files.service';
import { errorPage } from './visitor-error';

const lang = { name: 'lang', required: false, enum: ['vi', 'en'] };

/** The ticket page and its files; each answers 404 (as a page) for a link without a ticket. */
@ApiTags('invitations (public)')
@Public()
@Controller('invitations/:token')
export class TicketPagesController {
  constructor(
    private readonly rsvp: RsvpService,
    private readonly files: TicketFilesService,
    private readonly pages: PublicPageRenderer,
  ) {}

  @Get('ticket')
  @RateLimit('public')
  @ApiOperation({ summary: 'The ticket page (HTML): the QR, downloads, the fair’s days' })
  @ApiQuery(lang)
  @ApiOkResponse({ description: 'an HTML page', content: { 'text/html': {} } })
  async ticket(
    @Param('token') token: string,
    @Query('lang') asked: string | undefined,
    @Query('saved') saved: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    await this.answer(response, token, asked, async (language) => {
      const view = await this.rsvp.view(token);
      const chosen = asked ? language : (view.language as Language);
      const page = this.pages.render(TICKET_PAGE, {
        ...invitationPageContext(view, token, chosen),
        path: invitationPaths(token).ticket,
        saved: saved === '1',
      });
      sendPage(response, 200, page);
    });
  }

  @Get('ticket.png')
  @RateLimit('public')
  @ApiOperation({ summary: 'The ticket’s QR code as a PNG' })
  @ApiQuery(lang)
  @ApiOkResponse({ content: { 'image/png': {} } })
  async png(
    @Param('token') token: string,
    @Query('lang') asked: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    await this.answer(response, token, asked, async () => {
      const png = await this.files.png(token);
      this.file(response, 'image/png', 've-hoi-cho.png', png, 'inline');
    });
  }

  @Get('ticket.pdf')
  @RateLimit('public')
  @ApiOperation({ summary: 'The ticket as a printable PDF (A5)' })
  @ApiQuery(lang)
  @ApiOkResponse({ content: { 'application/pdf': {} } })
  async pdf(
    @Param('token') token: string,
    @Query('lang') asked: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    await this.answer(response, token, asked, async (language) => {
      const pdf = await this.files.pdf(token, language);
      this.file(response, 'application/pdf', 've-hoi-cho.pdf', pdf, 'attachment');
    });
  }

  @Get('calendar.ics')
  @RateLimit('public')
  @ApiOperation({ summary: 'The fair’s days as a calendar file (.ics, Asia/Ho_Chi_Minh)' })
  @ApiQuery(lang)
  @ApiOkResponse({ content: { 'text/calendar': {} } })
  async calendar(
    @Param('token') token: string,
    @Query('lang') asked: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    await this.answer(response, token, asked, async (language) => {
      const ics = await this.files.calendar(token, language);
      this.file(response, 'text/calendar; charset=utf-8', 'hoi-cho.ics', ics, 'attachment');
    });
  }

  private file(
    response: Response,
    type: string,
    name: string,
    body: Buffer | string,
    disposition: 'inline' | 'attachment',
  ): void {
    response
      .status(200)
      .type(type)
      .setHeader('Content-Disposition', `${disposition}; filename="${name}"`)
      .setHeader('Cache-Control', 'private, no-store')
      .setHeader('Referrer-Policy', 'no-referrer')
      .send(body);
  }

  /** Runs the work; a failure answers as a page in the visitor's language. */
  private async answer(
    response: Response,
    token: string,
    asked: string | undefined,
    work: (lang: Language) => Promise<void>,
  ): Promise<void> {
    const language = pageLanguage(asked);
    try {
      await work(language);
    } catch (error) {
      const { status, html } = errorPage(
        this.pages,
        error,
        language,
        invitationPaths(token).ticket,
      );
      sendPage(response, status, html);
    }
  }
}
