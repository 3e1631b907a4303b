import { VIETNAM_TIME_ZONE, VIETNAM_UTC_OFFSET_HOURS } from '@hoicho/platform/domain';

/**
 * Asia/Ho_Chi_Minh as an iCalendar VTIMEZONE: UTC+7 all year, no daylight saving since 1975,
 * so one STANDARD rule covers every fair. Calendars that know the zone by name use their own
 * data; the rest read this block.
 */
export const HCM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${VIETNAM_TIME_ZONE}`,
  `X-LIC-LOCATION:${VIETNAM_TIME_ZONE}`,
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0700',
  'TZOFFSETTO:+0700',
  'TZNAME:+07',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const UTC_DATE_TIME = /^(DTSTART|DTEND):(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/**
 * `DTSTART:20271010T010000Z` as `DTSTART;TZID=Asia/Ho_Chi_Minh:20271010T080000`: the event
 * keeps its instant and says it in Hà Nội's wall clock, so a calendar shows the fair's hours
 * as the fair states them and moves them correctly for a visitor abroad. Other lines pass.
 */
export function inHcmTime(line: string): string {
  const match = UTC_DATE_TIME.exec(line);
  if (!match) return line;
  const [, name, y, mo, d, h, mi, s] = match;
  const local = new Date(
    Date.UTC(+y, +mo - 1, +d, +h + VIETNAM_UTC_OFFSET_HOURS, +mi, +s),
  ).toISOString();
  const stamp = local.slice(0, 19).replace(/[-:]/g, '');
  return `${name};TZID=${VIETNAM_TIME_ZONE}:${stamp}`;
}

/** Puts the zone before the first event and the events' start and end in its time. */
export function withHcmTimeZone(lines: string[]): string[] {
  const firstEvent = lines.indexOf('BEGIN:VEVENT');
  const head = firstEvent < 0 ? lines : lines.slice(0, firstEvent);
  const events = firstEvent < 0 ? [] : lines.slice(firstEvent);
  return [...head, ...HCM_VTIMEZONE, ...events.map(inHcmTime)];
}
