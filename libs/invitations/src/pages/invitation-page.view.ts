import { Language } from '@hoicho/platform';
import { dateLines } from '../common/fair-info';
import { formatHcmDateTime } from '@hoicho/platform/domain';
import { InvitationViewDto } from '../rsvp/dto/rsvp.dto';
import { fill, VISITOR_PAGE_TEXTS } from './visitor-page-texts';

/** The links of one invitation's pages and files (the token is the only key). */
export function invitationPaths(token: string) {
  const base = `/invitations/${encodeURIComponent(token)}`;
  return {
    page: base,
    ticket: `${base}/ticket`,
    png: `${base}/ticket.png`,
    pdf: `${base}/ticket.pdf`,
    ics: `${base}/calendar.ics`,
  };
}

/** What the invitation and ticket pages show of an invitation, in the page's language. */
export function invitationPageContext(view: InvitationViewDto, token: string, lang: Language) {
  const t = VISITOR_PAGE_TEXTS[lang];
  const paths = invitationPaths(token);
  const status = view.rsvpStatus as keyof typeof t.status;
  const withLang = (path: string) => `${path}?lang=${lang}`;
  return {
    lang,
    t,
    name: view.name,
    fair: view.fair,
    dateLines: dateLines(view.fair.days, lang),
    dear: fill(t.dear, { name: view.name }),
    statusText: t.status[status] ?? view.rsvpStatus,
    accepted: view.rsvpStatus === 'accepted',
    declined: view.rsvpStatus === 'declined',
    guestsText:
      view.rsvpStatus === 'accepted' && view.guests
        ? fill(t.withGuests, { guests: view.guests })
        : undefined,
    answeredAt: view.answeredAt
      ? fill(t.answeredAt, { at: formatHcmDateTime(new Date(view.answeredAt)) })
      : undefined,
    canAnswer: view.canAnswer,
    guests: view.guests,
    maxGuests: view.maxGuests,
    guestsLabel: fill(t.guestsField, { max: view.maxGuests }),
    ticket: view.ticket,
    qrAlt: fill(t.qrAlt, { fair: view.fair.name, name: view.name }),
    action: paths.page,
    invitationUrl: withLang(paths.page),
    ticketUrl: view.ticket ? withLang(paths.ticket) : undefined,
    files: { png: paths.png, pdf: withLang(paths.pdf), ics: withLang(paths.ics) },
  };
}
