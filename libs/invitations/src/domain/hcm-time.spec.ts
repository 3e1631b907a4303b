import { formatHcmDateTime, hcmLocalToUtc } from './hcm-time';

describe('Hà Nội time', () => {
  it('converts local wall-clock time to UTC by seven hours, across midnight too', () => {
    expect(hcmLocalToUtc('2025-10-10', '08:30').toISOString()).toBe('2025-10-10T01:30:00.000Z');
    expect(hcmLocalToUtc('2025-10-10', '06:00').toISOString()).toBe('2025-10-09T23:00:00.000Z');
  });

  it('rejects dates and times that do not exist', () => {
    expect(() => hcmLocalToUtc('2025-02-29', '08:00')).toThrow('No such date');
    expect(() => hcmLocalToUtc('10/10/2025', '08:00')).toThrow('YYYY-MM-DD');
    expect(() => hcmLocalToUtc('2025-10-10', '25:00')).toThrow('No such time');
    expect(() => hcmLocalToUtc('2025-10-10', '8h')).toThrow('HH:mm');
  });

  it('formats an instant as HH:mm dd/MM/yyyy in Hà Nội', () => {
    expect(formatHcmDateTime(new Date('2025-10-11T17:05:00Z'))).toBe('00:05 12/10/2025');
  });
});
