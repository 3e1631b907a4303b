/**
 * A day typed the Vietnamese way, 30/06/2027 (also 30-6-2027 or 30.06.2027), as the API's
 * YYYY-MM-DD; null when it is not a real day.
 */
export function parseDay(typed: string): string | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(typed);
  if (!match) return null;
  const [, day, month, year] = match;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** YYYY-MM-DD shown the Vietnamese way, 30/06/2027. */
export const formatDay = (iso: string): string => iso.split('-').reverse().join('/');
