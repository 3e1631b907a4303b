import { describe, expect, it } from 'vitest';
import { timeLeft } from './time-left';

const now = new Date('2027-09-01T08:00:00+07:00');
const after = (ms: number) => new Date(now.getTime() + ms);
const HOUR = 3_600_000;

describe('timeLeft', () => {
  it('reads days and hours, in the language on screen', () => {
    expect(timeLeft(after(2 * 24 * HOUR + 5 * HOUR + 60_000), now, 'vi')).toBe('2 ngày 5 giờ');
    expect(timeLeft(after(2 * 24 * HOUR + 5 * HOUR), now, 'en')).toBe('2 days 5 hours');
  });

  it('leaves out a zero part and reads the last hour in minutes', () => {
    expect(timeLeft(after(24 * HOUR), now, 'en')).toBe('1 day');
    expect(timeLeft(after(47 * HOUR), now, 'vi')).toBe('1 ngày 23 giờ');
    expect(timeLeft(after(3 * HOUR), now, 'vi')).toBe('3 giờ');
    expect(timeLeft(after(25 * 60_000), now, 'vi')).toBe('25 phút');
  });

  it('never reads a negative time once the moment has passed', () => {
    expect(timeLeft(after(-HOUR), now, 'en')).toBe('0 minutes');
  });
});
