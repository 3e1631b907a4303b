import {
  formatHcmDateTime,
  formatHcmTime,
  formatInstant,
  hcmLocalToUtc,
  isCalendarDate,
  isLocalTime,
  localToInstant,
  parseInstant,
  vietnamDateOf,
} from './vietnam-time';

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
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isLocalTime('08:30')).toBe(true);
    expect(isLocalTime('8:30')).toBe(false);
    expect(isLocalTime('24:00')).toBe(false);
  });

  it('formats an instant as Hà Nội reads it, across midnight', () => {
    expect(formatInstant(new Date('2026-10-09T18:30:00Z'))).toBe('2026-10-10T01:30:00+07:00');
    expect(formatInstant(localToInstant('2026-10-10', '08:00'))).toBe('2026-10-10T08:00:00+07:00');
  });

  it('converts a wall-clock date and time to UTC by seven hours, across midnight too', () => {
    expect(hcmLocalToUtc('2025-10-10', '08:30').toISOString()).toBe('2025-10-10T01:30:00.000Z');
    expect(hcmLocalToUtc('2025-10-10', '06:00').toISOString()).toBe('2025-10-09T23:00:00.000Z');
    expect(hcmLocalToUtc('2025-10-10', '24:00').toISOString()).toBe('2025-10-10T17:00:00.000Z');
  });

  it('refuses to convert dates and times that do not exist', () => {
    expect(() => hcmLocalToUtc('2025-02-29', '08:00')).toThrow('No such date');
    expect(() => hcmLocalToUtc('10/10/2025', '08:00')).toThrow('YYYY-MM-DD');
    expect(() => hcmLocalToUtc('2025-10-10', '25:00')).toThrow('No such time');
    expect(() => hcmLocalToUtc('2025-10-10', '8h')).toThrow('HH:mm');
  });

  it('formats an instant as HH:mm dd/MM/yyyy and as HH:mm in Hà Nội', () => {
    expect(formatHcmDateTime(new Date('2025-10-11T17:05:00Z'))).toBe('00:05 12/10/2025');
    expect(formatHcmTime(new Date('2025-10-11T17:05:00Z'))).toBe('00:05');
    expect(formatHcmTime(new Date('2025-10-11T02:15:00Z'))).toBe('09:15');
  });

  it('names the Việt Nam date of an instant, and checks calendar dates', () => {
    expect(vietnamDateOf(new Date('2026-03-01T16:59:59Z'))).toBe('2026-03-01');
    expect(vietnamDateOf(new Date('2026-03-01T17:00:00Z'))).toBe('2026-03-02');
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('0050-01-31')).toBe(true);
    for (const text of ['2026-02-29', '2026-13-01', '2026-1-01', '01/03/2026', ''])
      expect(isCalendarDate(text)).toBe(false);
  });
});
