import { Body, Controller, Get, Header, Param, Post } from '@nestjs/common';
import { ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AppError, Public, RateLimit, escapeHtml } from '@hoicho/platform';
import { formatHcmDateTime } from '../domain';
import { InvitationViewDto } from './dto/rsvp.dto';
import { RsvpService } from './rsvp.service';

const TEXT = {
  vi: {
    title: 'Thư mời',
    venue: 'Địa điểm',
    map: 'Bản đồ',
    days: 'Thời gian',
    status: { pending: 'Chưa trả lời', accepted: 'Đã nhận lời', declined: 'Đã từ chối' },
    accept: 'Tôi sẽ tham dự',
    decline: 'Tôi không tham dự',
    guests: 'Số khách đi cùng',
    save: 'Gửi trả lời',
    ticket: 'Vé của bạn: xuất trình mã QR này tại cổng',
    closed: 'Không thể thay đổi câu trả lời nữa.',
    answered: 'Đã trả lời lúc',
  },
  en: {
    title: 'Invitation',
    venue: 'Venue',
    map: 'Map',
    days: 'Dates',
    status: { pending: 'Not answered yet', accepted: 'Accepted', declined: 'Declined' },
    accept: 'I will attend',
    decline: 'I will not attend',
    guests: 'Guests coming with me',
    save: 'Send answer',
    ticket: 'Your ticket: show this QR code at the gate',
    closed: 'The answer can no longer be changed.',
    answered: 'Answered at',
  },
} as const;

function page(title: string, body: string, lang = 'vi'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(title)} · Hội Chợ</title><style>body{font-family:system-ui,sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;color:#2b2b2b}
label{display:block;margin:.4rem 0}button{font-size:1rem;padding:.6rem 1rem;background:#8c3b1f;color:#fff;border:0;border-radius:4px}
.qr svg{width:260px;height:260px}.status{font-weight:bold}</style></head><body>${body}</body></html>`;
}

function render(view: InvitationViewDto, token: string, notice?: string): string {
  const t = TEXT[view.language === 'en' ? 'en' : 'vi'];
  const days = view.fair.days
    .map(
      (d) =>
        `<li>${escapeHtml(d.date.split('-').reverse().join('/'))}: ${d.opens}–${d.closes}</li>`,
    )
    .join('');
  const status = t.status[view.rsvpStatus as keyof typeof t.status] ?? view.rsvpStatus;
  const form = view.canAnswer
    ? `<form method="post" action="/invitations/${encodeURIComponent(token)}">
<label><input type="radio" name="answer" value="accept" ${view.rsvpStatus !== 'declined' ? 'checked' : ''}> ${t.accept}</label>
${view.maxGuests > 0 ? `<label>${t.guests} (0–${view.maxGuests}) <input type="number" name="guests" min="0" max="${view.maxGuests}" value="${view.guests}"></label>` : ''}
<label><input type="radio" name="answer" value="decline" ${view.rsvpStatus === 'declined' ? 'checked' : ''}> ${t.decline}</label>
<button type="submit">${t.save}</button></form>`
    : `<p>${t.closed}</p>`;
  const ticket = view.ticket
    ? `<h2>${t.ticket}</h2><div class="qr">${view.ticket.qrSvg}</div>`
    : '';
  return page(
    `${t.title}: ${view.fair.name}`,
    `${notice ? `<p><em>${escapeHtml(notice)}</em></p>` : ''}<h1>${escapeHtml(view.fair.name)}</h1>
<p>${escapeHtml(view.name)} · <span class="status">${escapeHtml(status)}</span>${view.rsvpStatus === 'accepted' && view.guests ? ` (+${view.guests})` : ''}
${view.answeredAt ? `<br><small>${t.answered} ${escapeHtml(formatHcmDateTime(new Date(view.answeredAt)))}</small>` : ''}</p>
<p><strong>${t.days}</strong></p><ul>${days}</ul>
<p><strong>${t.venue}</strong>: ${escapeHtml(view.fair.venueName)}, ${escapeHtml(view.fair.venueAddress)} · <a href="${escapeHtml(view.fair.mapUrl)}">${t.map}</a></p>
${ticket}${form}`,
    view.language,
  );
}

function failure(error: unknown): string {
  const message = error instanceof AppError ? error.message : 'Something went wrong';
  return page('Thư mời · Invitation', `<h1>Thư mời · Invitation</h1><p>${escapeHtml(message)}</p>`);
}

/** The page the personal link opens: small, server-rendered, usable on any phone. */
@ApiTags('invitations (public)')
@ApiProduces('text/html')
@Public()
@Controller('invitations')
export class InvitationPagesController {
  constructor(private readonly rsvp: RsvpService) {}

  @Get(':token')
  @RateLimit('public')
  @ApiOperation({ summary: 'The personal invitation page (HTML): details, answer form, ticket' })
  @ApiOkResponse({ description: 'an HTML page', schema: { type: 'string' } })
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  async show(@Param('token') token: string): Promise<string> {
    try {
      return render(await this.rsvp.view(token), token);
    } catch (error) {
      return failure(error);
    }
  }

  @Post(':token')
  @RateLimit('public')
  @ApiOperation({ summary: 'The answer form of the invitation page (HTML form post)' })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOkResponse({
    description: 'the page again, with the answer saved',
    schema: { type: 'string' },
  })
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  async answer(
    @Param('token') token: string,
    @Body() body: Record<string, unknown>,
  ): Promise<string> {
    try {
      const answer = body.answer === 'decline' ? 'decline' : 'accept';
      const guests = Number.parseInt(String(body.guests ?? '0'), 10);
      const view = await this.rsvp.answer(token, {
        answer,
        guests: Number.isFinite(guests) ? guests : 0,
      });
      return render(
        view,
        token,
        view.language === 'en'
          ? 'Thank you, your answer is saved.'
          : 'Cảm ơn, câu trả lời đã được ghi nhận.',
      );
    } catch (error) {
      return failure(error);
    }
  }
}
