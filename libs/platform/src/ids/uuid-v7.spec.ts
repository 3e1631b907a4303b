import { uuidV7s } from './uuid-v7';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const millisecondsOf = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe('uuidV7s', () => {
  it('makes distinct version-7 ids of the RFC variant, carrying the time in milliseconds', () => {
    const at = Date.UTC(2027, 9, 10, 1, 0, 0, 123);
    const ids = uuidV7s(10_000, at);
    expect(new Set(ids).size).toBe(10_000);
    expect(ids.filter((id) => !UUID_V7.test(id))).toEqual([]);
    expect(new Set(ids.map(millisecondsOf))).toEqual(new Set([at]));
  });

  it('orders ids of a later millisecond after those of an earlier one, as PostgreSQL compares uuids', () => {
    const earlier = uuidV7s(100, 1_800_000_000_000);
    const later = uuidV7s(100, 1_800_000_000_001);
    const latest = [...earlier].sort().at(-1)!;
    expect(later.every((id) => id > latest)).toBe(true);
  });

  it('makes none when asked for none', () => {
    expect(uuidV7s(0)).toEqual([]);
  });
});
