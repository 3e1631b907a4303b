/*
 * Việt Nam's wall clock, in one place for every library and the web app. Asia/Ho_Chi_Minh is
 * UTC+7 all year (no daylight saving), so conversions take a fixed offset and no time-zone
 * database. Calendar dates are ISO strings "YYYY-MM-DD", the form PostgreSQL `date` columns come
 * back in (they compare correctly as strings); times of day are "HH:mm". Pure: no framework.
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const VIETNAM_UTC_OFFSET_HOURS = 7;
const OFFSET_MS = VIETNAM_UTC_OFFSET_HOURS * 60 * 60 * 1000;

/** A calendar date (no time), "YYYY-MM-DD". */
export type CalendarDate = string;

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const CLOCK = /^(\d{2}):(\d{2})$/;

function existingDate(year: number, month: number, day: number): boolean {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // not Date.UTC, which reads years 0–99 as 1900–1999
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** "2026-02-28" yes; "2026-02-30" or "28/02/2026" no. */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  return !!m && existingDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** "08:30" yes; "24:00" or "8:30" no. */
export function isLocalTime(text: string): boolean {
  return TIME.test(text);
}

/** The date it is in Việt Nam at an instant (23:30 UTC is already the next day there). */
export function vietnamDateOf(instant: Date): CalendarDate {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** "2026-09-01T08:00" (Hà Nội time) or an ISO 8601 instant with Z or an offset. */
export function parseInstant(text: string): Date | undefined {
  const m = INSTANT.exec(text);
  if (!m) return undefined;
  const [year, month, day, hours, minutes] = m.slice(1, 6).map(Number);
  if (!existingDate(year, month, day) || hours > 23 || minutes > 59 || Number(m[6] ?? 0) > 59) {
    return undefined;
  }
  const instant = new Date(m[7] ? text : `${text}+07:00`);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

/** The instant at which a Hà Nội wall-clock date and "HH:mm" time happens (input checked before). */
export function localToInstant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+07:00`);
}

/**
 * A wall-clock date ("2025-10-10") and time ("08:30", or "24:00" for the day's end) in Hà Nội
 * as the UTC instant it is; throws on a date or time that does not exist.
 */
export function hcmLocalToUtc(date: string, time: string): Date {
  const d = DATE.exec(date);
  const t = CLOCK.exec(time);
  if (!d) throw new Error(`Date must be YYYY-MM-DD: "${date}"`);
  if (!t) throw new Error(`Time must be HH:mm: "${time}"`);
  const [year, month, day, hours, minutes] = [d[1], d[2], d[3], t[1], t[2]].map(Number);
  if (!existingDate(year, month, day)) throw new Error(`No such date: "${date}"`);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) {
    throw new Error(`No such time: "${time}"`);
  }
  return new Date(Date.UTC(year, month - 1, day, hours - VIETNAM_UTC_OFFSET_HOURS, minutes));
}

/** "2026-09-01T08:00:00+07:00": an instant as Hà Nội reads it. */
export function formatInstant(instant: Date): string {
  const local = new Date(instant.getTime() + OFFSET_MS).toISOString();
  return `${local.slice(0, 19)}+07:00`;
}

/** "09:15 12/10/2025": the dd/MM/yyyy form the interface uses, in Hà Nội time. */
export function formatHcmDateTime(instant: Date): string {
  const local = new Date(instant.getTime() + OFFSET_MS).toISOString();
  return `${local.slice(11, 16)} ${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
}

/** "09:15": the Hà Nội time of day of an instant. */
export function formatHcmTime(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(11, 16);
}
