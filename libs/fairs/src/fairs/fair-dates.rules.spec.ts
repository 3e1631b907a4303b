import { checkFairDates, FairDates } from './fair-dates.rules';

const base: FairDates = {
  days: [
    { date: '2026-10-10', opens: '08:00', closes: '21:00' },
    { date: '2026-10-11', opens: '08:00', closes: '21:00' },
  ],
  applicationsOpenAt: new Date('2026-08-01T00:00:00+07:00'),
  applicationsCloseAt: new Date('2026-09-15T17:00:00+07:00'),
  withdrawalDeadline: new Date('2026-09-20T17:00:00+07:00'),
};

const fieldsOf = (dates: Partial<FairDates>) =>
  checkFairDates({ ...base, ...dates }).map((issue) => issue.field);

describe('checkFairDates', () => {
  it('accepts a sound calendar', () => {
    expect(checkFairDates(base)).toEqual([]);
  });

  it('names a day that closes before it opens, and a repeated day', () => {
    expect(
      fieldsOf({
        days: [
          { date: '2026-10-10', opens: '08:00', closes: '07:00' },
          { date: '2026-10-10', opens: '08:00', closes: '21:00' },
        ],
      }),
    ).toEqual(['days.0.closes', 'days.1.date']);
  });

  it('wants the application window to close after it opens and before the fair opens', () => {
    expect(fieldsOf({ applicationsCloseAt: base.applicationsOpenAt })).toEqual([
      'applicationsCloseAt',
    ]);
    // 08:30 on the first day, Hà Nội time, is after the 08:00 opening.
    expect(fieldsOf({ applicationsCloseAt: new Date('2026-10-10T01:30:00Z') })).toEqual([
      'applicationsCloseAt',
    ]);
    expect(fieldsOf({ applicationsCloseAt: new Date('2026-10-10T00:30:00Z') })).toEqual([]);
  });

  it('uses the earliest day even when days are listed out of order', () => {
    const days = [...base.days].reverse();
    expect(fieldsOf({ days, applicationsCloseAt: new Date('2026-10-10T12:00:00+07:00') })).toEqual([
      'applicationsCloseAt',
    ]);
  });

  it('keeps the withdrawal deadline between the window opening and the fair', () => {
    expect(fieldsOf({ withdrawalDeadline: new Date('2026-10-12T00:00:00+07:00') })).toEqual([
      'withdrawalDeadline',
    ]);
    expect(fieldsOf({ withdrawalDeadline: new Date('2026-07-01T00:00:00+07:00') })).toEqual([
      'withdrawalDeadline',
    ]);
    expect(fieldsOf({ withdrawalDeadline: null })).toEqual([]);
  });
});
