import { admissionDay, entryOpensAt, formatFairDate } from './gate-day';

const days = [
  { date: '2027-10-10', opens: '08:00', closes: '21:00' },
  { date: '2027-10-11', opens: '08:00', closes: '17:00' },
];
const at = (iso: string) => new Date(iso);

describe('admissionDay', () => {
  it('names the fair day whose window holds the instant, early entry included', () => {
    // 07:30 in Hà Nội is 00:30 UTC: inside a 30-minute early entry, not inside none.
    expect(admissionDay(days, 30, at('2027-10-11T00:30:00Z'))).toBe('2027-10-11');
    expect(admissionDay(days, 0, at('2027-10-11T00:30:00Z'))).toBeUndefined();
    expect(admissionDay(days, 30, at('2027-10-11T00:29:59Z'))).toBeUndefined();
    // Closing time is the last admissible instant.
    expect(admissionDay(days, 30, at('2027-10-10T14:00:00Z'))).toBe('2027-10-10');
    expect(admissionDay(days, 30, at('2027-10-10T14:00:01Z'))).toBeUndefined();
  });

  it('refuses before the first day, between days and after the last', () => {
    expect(admissionDay(days, 30, at('2027-10-09T03:00:00Z'))).toBeUndefined();
    expect(admissionDay(days, 30, at('2027-10-10T20:00:00Z'))).toBeUndefined();
    expect(admissionDay(days, 30, at('2027-10-12T03:00:00Z'))).toBeUndefined();
  });

  it('tells when a day’s gates open and writes dates as dd/MM/yyyy', () => {
    expect(entryOpensAt(days[0], 45).toISOString()).toBe('2027-10-10T00:15:00.000Z');
    expect(formatFairDate('2027-10-11')).toBe('11/10/2027');
  });
});
