/** Whole hours and minutes from `now` until `until`, never negative (minutes rounded up). */
export function timeLeft(until: Date, now: Date): { hours: number; minutes: number } | null {
  const ms = until.getTime() - now.getTime();
  if (ms <= 0) return null;
  const total = Math.ceil(ms / 60_000);
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}
