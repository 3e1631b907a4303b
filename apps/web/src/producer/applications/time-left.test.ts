import { describe, expect, it } from 'vitest';
import { timeLeft } from './time-left';

describe('timeLeft', () => {
  const now = new Date('2026-12-07T09:00:00Z');
  it('counts whole hours and the minutes started', () => {
    expect(timeLeft(new Date('2026-12-09T08:30:20Z'), now)).toEqual({ hours: 47, minutes: 31 });
    expect(timeLeft(new Date('2026-12-07T09:00:01Z'), now)).toEqual({ hours: 0, minutes: 1 });
  });
  it('says nothing is left once the time has passed', () => {
    expect(timeLeft(now, now)).toBeNull();
    expect(timeLeft(new Date('2026-12-07T08:00:00Z'), now)).toBeNull();
  });
});
