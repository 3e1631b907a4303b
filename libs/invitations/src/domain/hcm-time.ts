/** Vietnam keeps UTC+7 all year (no daylight saving), so local times convert by a fixed offset. */
export const HCM_UTC_OFFSET_HOURS = 7;
export const HCM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/** A wall-clock date ("2025-10-10") and time ("08:30") in Hà Nội as the UTC instant it is. */
export function hcmLocalToUtc(date: string, time: string): Date {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d) throw new Error(`Date must be YYYY-MM-DD: "${date}"`);
  if (!t) throw new Error(`Time must be HH:mm: "${time}"`);
  const [year, month, day, hours, minutes] = [d[1], d[2], d[3], t[1], t[2]].map(Number);
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) {
    throw new Error(`No such date: "${date}"`);
  }
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) {
    throw new Error(`No such time: "${time}"`);
  }
  return new Date(Date.UTC(year, month - 1, day, hours - HCM_UTC_OFFSET_HOURS, minutes));
}

/** "09:15 12/10/2025": the dd/MM/yyyy form the interface uses, in Hà Nội time. */
export function formatHcmDateTime(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: HCM_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${part('hour')}:${part('minute')} ${part('day')}/${part('month')}/${part('year')}`;
}

const TIME_OF_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: HCM_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "09:15": the Hà Nội time of day of an instant. */
export function formatHcmTime(instant: Date): string {
  return TIME_OF_DAY.format(instant);
}
