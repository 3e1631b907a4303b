import { Inject, Injectable } from '@nestjs/common';
import { OrganisingBodiesService } from '@hoicho/accounts';
import { appLinks } from '@hoicho/notifications';
import { APP_CONFIG, AppConfig, AppError } from '@hoicho/platform';
import { addressOf } from '../campaigns/invitation-mail';
import { dateLines, FairDirectory } from '../common/fair-info';
import { buildCalendarInvite, ticketQrPng, type VisitorLanguage } from '../domain';
import { InvitationViewDto } from '../rsvp/dto/rsvp.dto';
import { RsvpService } from '../rsvp/rsvp.service';
import { ticketPdf } from './ticket-pdf';
import { fill, VISITOR_PAGE_TEXTS } from './visitor-page-texts';

/** Pixels per QR module of the PNG: ~45 modules, so about 360 px, sharp when printed. */
const PNG_SCALE = 8;

/** The ticket behind a personal link as files: the QR (PNG), a printable PDF, the calendar. */
@Injectable()
export class TicketFilesService {
  constructor(
    private readonly rsvp: RsvpService,
    private readonly fairs: FairDirectory,
    private readonly bodies: OrganisingBodiesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The invitation with its active ticket; 404 when it has none (declined, not answered). */
  async ticketed(token: string): Promise<InvitationViewDto & { ticket: { code: string } }> {
    const view = await this.rsvp.view(token);
    if (!view.ticket) throw AppError.notFound('Ticket');
    return view as InvitationViewDto & { ticket: { code: string } };
  }

  async png(token: string): Promise<Buffer> {
    return ticketQrPng((await this.ticketed(token)).ticket.code, PNG_SCALE);
  }

  async pdf(token: string, lang: VisitorLanguage): Promise<Buffer> {
    const view = await this.ticketed(token);
    const fair = await this.fairs.get(view.fair.id);
    const t = VISITOR_PAGE_TEXTS[lang];
    return ticketPdf({
      lang,
      title: `${t.ticket}: ${fair.names[lang]}`,
      fairName: fair.names[lang],
      holder: view.guests
        ? `${view.name} (${fill(t.withGuests, { guests: view.guests })})`
        : view.name,
      dateLines: dateLines(fair.days, lang),
      venue: `${fair.venueName}, ${fair.venueAddress}`,
      qrPng: await ticketQrPng(view.ticket.code, PNG_SCALE),
      code: view.ticket.code,
      labels: {
        holder: t.holder,
        dates: t.dates,
        venue: t.venue,
        ticketCode: t.ticketCode,
        show: t.ticketIntro,
      },
    });
  }

  /** The same events as the mail's .ics (same UIDs), so saving both keeps one entry a day. */
  async calendar(token: string, lang: VisitorLanguage): Promise<string> {
    const view = await this.rsvp.view(token);
    const fair = await this.fairs.get(view.fair.id);
    const body = await this.bodies.get(fair.organisingBodyId);
    return buildCalendarInvite({
      invitationId: view.invitationId,
      language: lang,
      fairName: fair.names,
      venue: { name: fair.venueName, address: fair.venueAddress, mapUrl: fair.mapUrl },
      days: fair.days,
      organiser: {
        name: lang === 'en' ? (body.nameEn ?? body.nameVi) : body.nameVi,
        email: body.email ?? addressOf(this.config.smtp.from),
      },
      note: `${VISITOR_PAGE_TEXTS[lang].invitation}: ${appLinks.invitation(this.config.publicUrl, token)}`,
    });
  }
}
