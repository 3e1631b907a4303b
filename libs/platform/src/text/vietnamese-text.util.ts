/** Vietnamese text helpers shared by every area: storage form (NFC) and a search key. */

/** Stored text is NFC so that "ă" typed on a phone and pasted from Word compare equal. */
export function toNfc(value: string): string {
  return value.normalize('NFC').trim();
}

/**
 * A diacritic-free, lower-case key that mirrors PostgreSQL's unaccent: NFD stripping alone
 * turns "Đặng" into "đang", so đ/Đ are mapped explicitly.
 */
export function searchKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Formats integer đồng the way Vietnamese documents do: "4.500.000 ₫". */
export function formatVnd(amount: number | bigint): string {
  return new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' }).format(amount);
}
