import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay, formatDayRange, formatMoney, vietnameseOrder } from './format';

describe('display formats', () => {
  it('writes money in whole đồng with dots', () => {
    expect(formatMoney(12000000)).toBe('12.000.000\u00a0₫');
    expect(formatMoney('4500000')).toBe('4.500.000\u00a0₫');
    expect(formatMoney(null)).toBe('—');
  });

  it('writes calendar dates as dd/MM/yyyy without shifting the day', () => {
    expect(formatDay('2026-12-28')).toBe('28/12/2026');
    expect(formatDayRange('2026-12-28', '2027-01-01')).toBe('28/12/2026 – 01/01/2027');
  });

  it('writes instants in Hà Nội time, 24 h', () => {
    expect(formatDateTime('2026-12-27T17:30:00Z')).toBe('28/12/2026 00:30');
  });

  it('sorts names in Vietnamese order', () => {
    const names = ['Đặng', 'Ân', 'Bảo', 'Anh', 'Dương', 'Ă', 'An', 'Ánh'];
    expect([...names].sort(vietnameseOrder)).toEqual([
      'An',
      'Anh',
      'Ánh',
      'Ă',
      'Ân',
      'Bảo',
      'Dương',
      'Đặng',
    ]);
  });
});
