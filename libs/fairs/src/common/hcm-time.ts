/*
 * Fairs happen in Việt Nam: wall-clock dates and times are Asia/Ho_Chi_Minh, which is UTC+7 all
 * year (no daylight saving), so conversions need no time-zone database.
 */
export const FAIR_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const OFFSET_MS = 7 * 60 * 60 * 1000;

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const INSTANT_MESSAGE =
  'must be a date and time like 2026-09-01T08:00 (Hà Nội time) or with an offset, 2026-09-01T01:00Z';

function isCalendarDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** "2026-09-01T08:00" (Hà Nội time) or an ISO 8601 instant with Z or an offset. */
export function parseInstant(text: string): Date | undefined {
  const m = INSTANT.exec(text);
  if (!m) return undefined;
  const [year, month, day, hours, minutes] = m.slice(1, 6).map(Number);
  if (!isCalendarDate(year, month, day) || hours > 23 || minutes > 59 || Number(m[6] ?? 0) > 59) {
    return undefined;
  }
  const instant = new Date(m[7] ? text : `${text}+07:00`);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

export function isLocalDate(text: string): boolean {
  const m = DATE.exec(text);
  return !!m && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isLocalTime(text: string): boolean {
  return TIME.test(text);
}

/** The instant at which a Hà Nội wall-clock date and "HH:mm" time happens. */
export function localToInstant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+07:00`);
}

/** "2026-09-01T08:00:00+07:00": an instant as Hà Nội reads it. */
export function formatInstant(instant: Date): string {
  const local = new Date(instant.getTime() + OFFSET_MS).toISOString();
  return `${local.slice(0, 19)}+07:00`;
}
