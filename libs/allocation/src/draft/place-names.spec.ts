import { placeName, withPlaceNames } from './place-names';

describe('zones and booth types by name', () => {
  it('shows the name, with the code when the code says more than the name', () => {
    expect(placeName('Z1', 'Khu A – Mây tre đan')).toBe('Khu A – Mây tre đan (Z1)');
    expect(placeName('STD', 'Gian tiêu chuẩn')).toBe('Gian tiêu chuẩn (STD)');
    expect(placeName('may-tre-dan', 'Mây tre đan')).toBe('Mây tre đan');
    expect(placeName('gom-su', undefined)).toBe('gom-su');
  });

  it('names only the zone and type params, lists and single values alike', () => {
    const names = {
      zones: new Map([['Z1', 'Khu A']]),
      types: new Map([['STD', 'Gian tiêu chuẩn']]),
    };
    expect(
      withPlaceNames(
        { zone: 'Z1', zones: ['Z1', 'Z9'], types: ['STD'], booth: 'Z1', size: 2 },
        names,
      ),
    ).toEqual({
      zone: 'Khu A (Z1)',
      zones: ['Khu A (Z1)', 'Z9'],
      types: ['Gian tiêu chuẩn (STD)'],
      booth: 'Z1',
      size: 2,
    });
  });
});
