import { formatInstant, isLocalDate, isLocalTime, localToInstant, parseInstant } from './hcm-time';

describe('Hà Nội time', () => {
  it('reads wall-clock times as UTC+7 and keeps explicit offsets', () => {
    expect(parseInstant('2026-09-15T17:00')?.toISOString()).toBe('2026-09-15T10:00:00.000Z');
    expect(parseInstant('2026-09-15T17:00:30')?.toISOString()).toBe('2026-09-15T10:00:30.000Z');
    expect(parseInstant('2026-09-15T10:00Z')?.toISOString()).toBe('2026-09-15T10:00:00.000Z');
    expect(parseInstant('2026-09-15T12:00:00.000+09:00')?.toISOString()).toBe(
      '2026-09-15T03:00:00.000Z',
    );
  });

  it('refuses dates and times that do not exist or are not ISO', () => {
    for (const text of [
      '2026-02-30T08:00',
      '2026-09-15T24:00',
      '15/09/2026 17:00',
      '2026-09-15',
      '',
    ]) {
      expect(parseInstant(text)).toBeUndefined();
    }
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalTime('08:30')).toBe(true);
    expect(isLocalTime('8:30')).toBe(false);
    expect(isLocalTime('24:00')).toBe(false);
  });

  it('formats an instant as Hà Nội reads it, across midnight', () => {
    expect(formatInstant(new Date('2026-10-09T18:30:00Z'))).toBe('2026-10-10T01:30:00+07:00');
    expect(formatInstant(localToInstant('2026-10-10', '08:00'))).toBe('2026-10-10T08:00:00+07:00');
  });
});
