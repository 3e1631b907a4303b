import { createEvents, type EventAttributes } from 'ics';
import type { FairOpeningDay } from './gate-day';
import { withHcmTimeZone } from './calendar-time-zone';
import { hcmLocalToUtc } from '@hoicho/platform/domain';
import type { VisitorLanguage } from './visitor';

export interface CalendarInviteInput {
  /** Stable per invitation: re-sending updates the same calendar entries instead of adding. */
  invitationId: string;
  language: VisitorLanguage;
  fairName: Record<VisitorLanguage, string>;
  venue: {
    name: string;
    address: string;
    mapUrl?: string;
    geo?: { lat: number; lon: number };
  };
  days: readonly FairOpeningDay[];
  organiser: { name: string; email: string };
  /** Extra lines for the description, e.g. the link to the invitation page. */
  note?: string;
  /** Raise when an already-sent entry changes (times, venue), so calendars apply the update. */
  sequence?: number;
  uidDomain?: string;
}

const LABELS: Record<VisitorLanguage, { venue: string; map: string }> = {
  vi: { venue: 'Địa điểm', map: 'Bản đồ' },
  en: { venue: 'Venue', map: 'Map' },
};

function description(input: CalendarInviteInput): string {
  const label = LABELS[input.language];
  const { venue } = input;
  return [
    input.fairName[input.language],
    `${label.venue}: ${venue.name}, ${venue.address}`,
    venue.mapUrl ? `${label.map}: ${venue.mapUrl}` : undefined,
    input.note,
  ]
    .filter((line) => line)
    .join('\n');
}

/**
 * RFC 5545 limits lines to 75 octets; the ics package counts characters, and a Vietnamese
 * character takes 2–3 octets in UTF-8. Refold by octets, never inside a character.
 */
function foldLine(line: string): string {
  // Most lines are short: no folding, no per-character work.
  if (line.length <= 25 || Buffer.byteLength(line, 'utf8') <= 75) return line;
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

/** Hà Nội time for the events, then every line folded by octets. */
function finishCalendar(ics: string): string {
  return withHcmTimeZone(ics.replace(/\r\n[ \t]/g, '').split('\r\n'))
    .map(foldLine)
    .join('\r\n');
}

/**
 * An iCalendar file with one event per opening day (hours may differ from day to day), each
 * with its times in Hà Nội's zone (a VTIMEZONE for Asia/Ho_Chi_Minh, DTSTART;TZID=…) and a UID
 * derived from the invitation and the date. Throws if a day is malformed or the ics package rejects the data.
 */
export function buildCalendarInvite(input: CalendarInviteInput): string {
  if (input.days.length === 0) throw new Error('A calendar invite needs at least one opening day');
  const domain = input.uidDomain ?? 'hoicho';
  const events: EventAttributes[] = input.days.map((day) => {
    const start = hcmLocalToUtc(day.date, day.opens);
    const end = hcmLocalToUtc(day.date, day.closes);
    if (end <= start) throw new Error(`Fair closes before it opens on ${day.date}`);
    return {
      uid: `${input.invitationId}-${day.date.replace(/-/g, '')}@${domain}`,
      start: start.getTime(),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: end.getTime(),
      endInputType: 'utc',
      endOutputType: 'utc',
      title: input.fairName[input.language],
      description: description(input),
      location: `${input.venue.name}, ${input.venue.address}`,
      geo: input.venue.geo,
      url: input.venue.mapUrl,
      organizer: { name: input.organiser.name, email: input.organiser.email },
      status: 'CONFIRMED',
      sequence: input.sequence,
    };
  });
  const { error, value } = createEvents(events, {
    productId: 'hoicho',
    method: 'PUBLISH',
    calName: input.fairName[input.language],
  });
  if (error || !value) {
    throw new Error(`Cannot build the calendar invite: ${error?.message ?? 'no output'}`);
  }
  return finishCalendar(value);
}

// Stand-ins that no fair name, venue or link contains; replaced per invitation.
const ID_SLOT = 'f0f0f0f0-hoicho-invitation-id-slot';
const NOTE_SLOT = 'hoicho-note-slot-7f3a91';

/** RFC 5545 TEXT escaping, as the ics package applies it to descriptions. */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\r?\n/g, '\\n')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,');
}

/**
 * The same calendar for many invitations of one fair: the ics package checks every event
 * against a schema (about a millisecond each), so a mailing of 100,000 builds the calendar once
 * and fills in each invitation's UID and note. The result equals buildCalendarInvite's for the
 * same input, except DTSTAMP (the moment the factory was made).
 */
export function calendarInviteFactory(
  input: Omit<CalendarInviteInput, 'invitationId' | 'note'>,
): (invitationId: string, note?: string) => string {
  const lines = buildCalendarInvite({ ...input, invitationId: ID_SLOT, note: NOTE_SLOT })
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
  // Lines without a slot are the same for every invitation: folded once, here.
  const parts = lines.map((line) =>
    line.includes(ID_SLOT) || line.includes(NOTE_SLOT) ? { fill: line } : { fixed: foldLine(line) },
  );
  return (invitationId, note) => {
    const tail = note ? `\\n${escapeText(note)}` : '';
    // The description repeats in every event: fill and fold each distinct line once.
    const filled = new Map<string, string>();
    return parts
      .map((part) => {
        if ('fixed' in part) return part.fixed;
        let line = filled.get(part.fill);
        if (line === undefined) {
          line = foldLine(
            part.fill.split(`\\n${NOTE_SLOT}`).join(tail).split(ID_SLOT).join(invitationId),
          );
          filled.set(part.fill, line);
        }
        return line;
      })
      .join('\r\n');
  };
}
