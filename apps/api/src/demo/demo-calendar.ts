import { vietnamDateOf } from '@hoicho/platform/domain';

/** "YYYY-MM-DD" plus some days (negative: earlier); calendar dates, no time zone involved. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The demo fair's calendar, relative to the clock so that a fresh install always finds it open
 * for applications: five days from three weeks ahead, the window opened ten days ago and
 * closes six days before the fair, withdrawals until ten days before it.
 */
export function demoCalendar(now: Date) {
  const today = vietnamDateOf(now);
  const opening = addDays(today, 21);
  const days = [0, 1, 2, 3, 4].map((i) => ({
    date: addDays(opening, i),
    opens: '08:00',
    closes: i === 4 ? '17:00' : '21:00',
  }));
  return {
    today,
    year: Number(opening.slice(0, 4)),
    days,
    // Hà Nội wall-clock times, as the API accepts them.
    applicationsOpenAt: `${addDays(today, -10)}T08:00`,
    applicationsCloseAt: `${addDays(opening, -6)}T17:00`,
    withdrawalDeadline: `${addDays(opening, -10)}T17:00`,
  };
}
