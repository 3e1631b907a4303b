/** Display formats of WEB.md: money `12.000.000 ₫`, dates dd/MM/yyyy, 24 h times in Hà Nội. */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const money = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });
const date = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const dateTime = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export const formatMoney = (dong: number | string | null | undefined): string =>
  dong === null || dong === undefined || dong === '' ? '—' : money.format(Number(dong));

/** A calendar date (`2026-12-28`) as 28/12/2026, with no time-zone shift. */
export function formatDay(day: string | null | undefined): string {
  if (!day) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (match && day.length === 10) return `${match[3]}/${match[2]}/${match[1]}`;
  return date.format(new Date(day));
}

/** An instant as 28/12/2026 08:30 in Hà Nội time (vi-VN alone puts the time first). */
export function formatDateTime(instant: string | Date | null | undefined): string {
  if (!instant) return '—';
  const parts = Object.fromEntries(
    dateTime.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

export const formatDayRange = (from: string, to: string): string =>
  from === to ? formatDay(from) : `${formatDay(from)} – ${formatDay(to)}`;

/** Vietnamese alphabetical order (An, Anh, Ánh, Ă, Ân, …, Dương, Đặng). */
export const vietnameseOrder = new Intl.Collator('vi', { sensitivity: 'base' }).compare;
