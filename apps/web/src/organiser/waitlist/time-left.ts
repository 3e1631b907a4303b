const HOUR = 3_600_000;

/** "2 ngày 5 giờ" / "2 days 5 hours" until `until`; under an hour reads in minutes. */
export function timeLeft(until: Date, now: Date, language: string): string {
  const ms = Math.max(until.getTime() - now.getTime(), 0);
  const format = (value: number, unit: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  if (ms < HOUR) return format(Math.ceil(ms / 60_000), 'minute');
  const days = Math.floor(ms / (24 * HOUR));
  const hours = Math.floor((ms % (24 * HOUR)) / HOUR);
  if (days === 0) return format(hours, 'hour');
  return hours ? `${format(days, 'day')} ${format(hours, 'hour')}` : format(days, 'day');
}
