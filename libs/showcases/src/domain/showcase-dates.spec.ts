import { showcaseDateIssues } from './showcase-dates';

const fairDays = ['2026-10-11', '2026-10-10', '2026-10-12'];

describe('showcase dates', () => {
  it('accepts any span within the fair’s days, including a single day', () => {
    expect(showcaseDateIssues({ startsOn: '2026-10-10', endsOn: '2026-10-12' }, fairDays)).toEqual(
      [],
    );
    expect(showcaseDateIssues({ startsOn: '2026-10-12', endsOn: '2026-10-12' }, fairDays)).toEqual(
      [],
    );
  });

  it('names each date outside the fair’s days, with the days allowed', () => {
    expect(showcaseDateIssues({ startsOn: '2026-10-09', endsOn: '2026-10-11' }, fairDays)).toEqual([
      { field: 'startsOn', message: 'must be within the fair’s days, 2026-10-10 to 2026-10-12' },
    ]);
    expect(
      showcaseDateIssues({ startsOn: '2026-09-01', endsOn: '2026-10-13' }, fairDays).map(
        (i) => i.field,
      ),
    ).toEqual(['startsOn', 'endsOn']);
    expect(
      showcaseDateIssues({ startsOn: '2026-10-10', endsOn: '2026-10-11' }, ['2026-10-10']),
    ).toEqual([{ field: 'endsOn', message: 'must be the fair’s day, 2026-10-10' }]);
  });

  it('refuses an end before the start, once per field', () => {
    expect(showcaseDateIssues({ startsOn: '2026-10-12', endsOn: '2026-10-11' }, fairDays)).toEqual([
      { field: 'endsOn', message: 'must not be before startsOn' },
    ]);
    expect(showcaseDateIssues({ startsOn: '2026-10-12', endsOn: '2026-10-01' }, fairDays)).toEqual([
      { field: 'endsOn', message: 'must be within the fair’s days, 2026-10-10 to 2026-10-12' },
    ]);
  });

  it('bounds nothing but the order when the fair has no days', () => {
    expect(showcaseDateIssues({ startsOn: '2030-01-01', endsOn: '2030-01-02' }, [])).toEqual([]);
    expect(showcaseDateIssues({ startsOn: '2030-01-02', endsOn: '2030-01-01' }, [])).toHaveLength(
      1,
    );
  });
});
