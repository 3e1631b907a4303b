import { hcmLocalToUtc } from '@hoicho/platform/domain';

export interface FairOpeningDay {
  /** Local date in Hà Nội, YYYY-MM-DD. */
  date: string;
  /** Local opening and closing time, HH:mm. */
  opens: string;
  closes: string;
}

/** Gates open this long before the fair does unless the organiser says otherwise. */
export const DEFAULT_EARLY_ENTRY_MINUTES = 30;
export const MAX_EARLY_ENTRY_MINUTES = 720;

/** When the gates of one fair day start letting ticket holders in. */
export function entryOpensAt(day: FairOpeningDay, earlyEntryMinutes: number): Date {
  return new Date(hcmLocalToUtc(day.date, day.opens).getTime() - earlyEntryMinutes * 60_000);
}

/**
 * The fair day (Hà Nội date, YYYY-MM-DD) whose gate window holds `at`: from opening less the
 * early-entry window up to closing, both included. Undefined outside every window: before the
 * first day, between days, after closing. Pure, so a gate device decides offline exactly as
 * the server does online.
 */
export function admissionDay(
  days: readonly FairOpeningDay[],
  earlyEntryMinutes: number,
  at: Date,
): string | undefined {
  const time = at.getTime();
  const day = days.find(
    (d) =>
      time >= entryOpensAt(d, earlyEntryMinutes).getTime() &&
      time <= hcmLocalToUtc(d.date, d.closes).getTime(),
  );
  return day?.date;
}

/** "2027-10-11" → "11/10/2027". */
export function formatFairDate(date: string): string {
  return date.split('-').reverse().join('/');
}
