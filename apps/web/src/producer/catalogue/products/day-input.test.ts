import { describe, expect, it } from 'vitest';
import { parseDay } from './day-input';

describe('parseDay', () => {
  it('reads day first, as dates are written in Việt Nam', () => {
    expect(parseDay('30/06/2027')).toBe('2027-06-30');
    expect(parseDay('1-7-2025')).toBe('2025-07-01');
    expect(parseDay(' 05.11.2026 ')).toBe('2026-11-05');
  });

  it('refuses what is not a real day', () => {
    expect(parseDay('31/06/2027')).toBeNull();
    expect(parseDay('06/30/2027')).toBeNull();
    expect(parseDay('2027-06-30')).toBeNull();
    expect(parseDay('')).toBeNull();
  });
});
