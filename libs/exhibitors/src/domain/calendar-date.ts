/**
 * Calendar dates (no time) as ISO strings "YYYY-MM-DD", the form PostgreSQL `date` columns
 * come back in; they compare correctly as strings.
 */
export type CalendarDate = string;

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000; // Asia/Ho_Chi_Minh is UTC+7 with no DST

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The date it is in Việt Nam at an instant (23:30 UTC is already the next day there). */
export function vietnamDateOf(instant: Date): CalendarDate {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}
